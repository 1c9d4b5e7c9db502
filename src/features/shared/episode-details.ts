import type { Episode } from '../../domain/pack';
import type { EpisodeRow } from '../../domain/views';

/**
 * What an episode's reveal would uncover ("Title and synopsis"), or null when there is nothing
 * to uncover: a placeholder that reveals nothing is noise. Whether a pack has a title or synopsis
 * for an episode is not itself a spoiler.
 */
export function coveredEpisodeDetails(episode: Episode, row: EpisodeRow): string | null {
  if (!row.synopsisCovered) return null;
  const titleCovered = episode.title !== null && !row.titleShown;
  const synopsisCovered = episode.synopsis !== null;
  if (titleCovered && synopsisCovered) return 'Title and synopsis';
  if (titleCovered) return 'Title';
  if (synopsisCovered) return 'Synopsis';
  return null;
}

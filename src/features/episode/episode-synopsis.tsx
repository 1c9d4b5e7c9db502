import type { Episode } from '../../domain/pack';
import type { EpisodeRow } from '../../domain/views';
import { CoveredEpisodeDetails } from '../shared/covered-episode-details';
import { coveredEpisodeDetails } from '../shared/episode-details';
import { useFocusAfterChange } from '../shared/use-focus-after-change';

export function EpisodeSynopsis({
  showId,
  episode,
  row,
}: {
  showId: string;
  episode: Episode;
  row: EpisodeRow;
}) {
  const covered = coveredEpisodeDetails(episode, row);
  const { ref, expectChange } = useFocusAfterChange<HTMLElement>(covered);
  return (
    <section ref={ref} className="panel" aria-labelledby="synopsis-heading" tabIndex={-1}>
      <h2 id="synopsis-heading">Synopsis</h2>
      {row.synopsis !== null ? (
        <p className="synopsis">{row.synopsis}</p>
      ) : covered !== null ? (
        <CoveredEpisodeDetails
          showId={showId}
          code={row.code}
          label={covered}
          onRevealed={expectChange}
        />
      ) : (
        <p>No synopsis has been written for this episode.</p>
      )}
    </section>
  );
}

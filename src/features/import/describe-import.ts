import type { ImportedShow } from '../../stores/show-import';

export type ImportOrigin = 'tvmaze' | 'file' | 'refresh';

function count(amount: number, one: string, many: string): string {
  return `${amount} ${amount === 1 ? one : many}`;
}

const MAX_PATHS_LISTED = 10;

/**
 * Bodies whose HTML shows as text or whose unsafe links were dropped, named by path only: a title
 * or id from the file could be covered content.
 */
function describeMarkup(paths: readonly string[]): string | null {
  if (paths.length === 0) return null;
  const listed = paths.slice(0, MAX_PATHS_LISTED).join(', ');
  const more =
    paths.length > MAX_PATHS_LISTED ? `, and ${paths.length - MAX_PATHS_LISTED} more` : '';
  return `${count(paths.length, 'body holds', 'bodies hold')} HTML or unsafe links, which show as text or are left out, and never run: ${listed}${more}.`;
}

/**
 * What an import did, in sentences; only codes, counts and paths, never covered content.
 * `bodiesWithMarkup` are paths into the pack as imported (`entries[3].body`).
 */
export function describeImport(
  outcome: ImportedShow,
  origin: ImportOrigin,
  bodiesWithMarkup: readonly string[] = [],
): string[] {
  const { title, episodes, newEpisodes, notes, notesOnMissingEpisodes } = outcome;
  const lines: string[] = [];
  if (origin === 'refresh') {
    lines.push(
      newEpisodes === 0
        ? `${title} is up to date: ${count(episodes, 'episode', 'episodes')}, none new.`
        : `Refreshed ${title}: ${count(newEpisodes, 'new episode', 'new episodes')}, ${episodes} in all.`,
    );
  } else {
    lines.push(
      `${outcome.replaced ? 'Replaced' : 'Added'} ${title}, with ${count(episodes, 'episode', 'episodes')}.`,
    );
  }
  if (outcome.replaced) lines.push('Your progress, reveals and notes on it are kept.');
  const markup = describeMarkup(bodiesWithMarkup);
  if (markup) lines.push(markup);
  if (notes.added > 0) {
    lines.push(`${count(notes.added, 'note', 'notes')} from the file added to your notes.`);
  }
  if (notes.alreadyHere > 0) {
    lines.push(`${count(notes.alreadyHere, 'note', 'notes')} in the file you already had.`);
  }
  if (notes.keptBoth > 0) {
    lines.push(
      `${count(notes.keptBoth, 'note', 'notes')} in the file differed from yours with the same id; both versions are kept.`,
    );
  }
  if (notesOnMissingEpisodes.length > 0) {
    const one = notesOnMissingEpisodes.length === 1;
    lines.push(
      `${count(notesOnMissingEpisodes.length, 'of your notes points', 'of your notes point')} at an episode this show no longer lists (${[...new Set(notesOnMissingEpisodes)].join(', ')}). ${one ? 'It is' : 'They are'} kept, listed on each of its episode pages under “Notes not tied to an episode this show lists”.`,
    );
  }
  return lines;
}

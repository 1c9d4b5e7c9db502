import type { ImportedShow } from '../../storage/import-show';
import { isolated } from '../../domain/isolated';

export type ImportOrigin = 'tvmaze' | 'file' | 'refresh';

function count(amount: number, one: string, many: string): string {
  return `${amount} ${amount === 1 ? one : many}`;
}

const MAX_PATHS_LISTED = 10;

/** Paths into the file, the first ten of them: a title or id from the file could be covered. */
function listedPaths(paths: readonly string[]): string {
  const listed = paths.slice(0, MAX_PATHS_LISTED).join(', ');
  const more =
    paths.length > MAX_PATHS_LISTED ? `, and ${paths.length - MAX_PATHS_LISTED} more` : '';
  return `${listed}${more}`;
}

/** Bodies whose HTML shows as text or whose unsafe links were dropped, named by path only. */
function describeMarkup(paths: readonly string[]): string | null {
  if (paths.length === 0) return null;
  return `${count(paths.length, 'body holds', 'bodies hold')} HTML or unsafe links, which show as text or are left out, and never run: ${listedPaths(paths)}.`;
}

/** Titles and names that lost invisible or direction-changing characters, by path only. */
function describeInvisibleRemoved(paths: readonly string[]): string | null {
  if (paths.length === 0) return null;
  return `Invisible or direction-changing characters were removed from ${count(paths.length, 'title or name', 'titles and names')}, so they cannot pass for other text: ${listedPaths(paths)}.`;
}

/**
 * Marks or reveals on episodes the show no longer lists: they stay in storage, out of sight, and
 * count again once a later import lists the episode.
 */
function describeUnlisted(mark: string, marks: string, codes: readonly string[]): string | null {
  const unique = [...new Set(codes)];
  if (unique.length === 0) return null;
  const one = unique.length === 1;
  return `Your ${one ? mark : marks} on ${count(unique.length, 'episode', 'episodes')} this show no longer lists (${listedPaths(unique)}) ${one ? 'is' : 'are'} kept but not shown; ${one ? 'it shows' : 'they show'} again if the show lists ${one ? 'that episode' : 'those episodes'} again.`;
}

/**
 * What an import did, in sentences; only codes, counts and paths, never covered content. The
 * show's title is `isolated()`. `bodiesWithMarkup` and `invisibleRemoved` are paths into the pack
 * as imported (`entries[3].body`).
 */
export function describeImport(
  outcome: ImportedShow,
  origin: ImportOrigin,
  bodiesWithMarkup: readonly string[] = [],
  invisibleRemoved: readonly string[] = [],
): string[] {
  const { episodes, newEpisodes, notes, notesOnMissingEpisodes } = outcome;
  const title = isolated(outcome.title);
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
  const unlisted = [
    describeUnlisted('mark', 'marks', outcome.progressOnMissingEpisodes),
    describeUnlisted('early reveal', 'early reveals', outcome.revealsOnMissingEpisodes),
  ].filter((line) => line !== null);
  if (outcome.replaced) {
    lines.push(
      unlisted.length === 0
        ? 'Your progress, reveals and notes on it are kept.'
        : 'Your progress, reveals and notes on the episodes it lists are kept.',
      ...unlisted,
    );
  }
  const markup = describeMarkup(bodiesWithMarkup);
  if (markup) lines.push(markup);
  const invisible = describeInvisibleRemoved(invisibleRemoved);
  if (invisible) lines.push(invisible);
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

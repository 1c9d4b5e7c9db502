import { create } from 'zustand';
import {
  codesName,
  codesOfSeason,
  unwatchedBefore,
  type EarlierUnwatched,
  type CodeOrder,
} from '../domain/episode-order';
import { isolated } from '../domain/isolated';
import { clearWatched, readWatched, saveWatched } from '../storage/repository';
import { currentDatabase } from './database-handle';
import { isUndoOffered, undoOffered } from './notices-store';
import { persist } from './persist';
import { ownEntry } from './own-entry';

interface ProgressState {
  status: 'loading' | 'ready';
  watched: Readonly<Record<string, ReadonlySet<string>>>;
}

const NOTHING_WATCHED: ReadonlySet<string> = new Set();

export const useProgressStore = create<ProgressState>()(() => ({ status: 'loading', watched: {} }));

/** Whether all of `codes` are watched; stops at the first that is not; free for an empty list. */
export const useAllWatched = (showId: string, codes: readonly string[]) =>
  useProgressStore((state) => {
    const watched = ownEntry(state.watched, showId) ?? NOTHING_WATCHED;
    return codes.every((code) => watched.has(code));
  });

export function progressLoaded(watched: ReadonlyMap<string, ReadonlySet<string>>): void {
  useProgressStore.setState({ status: 'ready', watched: Object.fromEntries(watched) });
}

function showWatchedSet(showId: string, watched: ReadonlySet<string>): void {
  useProgressStore.setState((state) => ({ watched: { ...state.watched, [showId]: watched } }));
}

/** Marks (or unmarks) episodes; only the records for these codes are written. */
export async function episodesMarked(
  showId: string,
  codes: readonly string[],
  watched: boolean,
): Promise<void> {
  const current = ownEntry(useProgressStore.getState().watched, showId) ?? NOTHING_WATCHED;
  const next = new Set(current);
  for (const code of codes) {
    if (watched) next.add(code);
    else next.delete(code);
  }
  showWatchedSet(showId, next);
  const what =
    codes.length === 1 ? `your mark on ${codes[0]}` : `your marks on ${codes.length} episodes`;
  await persist(what, (database) => saveWatched(database, showId, codes, watched), {
    type: 'progress',
    showId,
  });
}

/**
 * Marks or unmarks episodes and offers to undo it. The undo puts back only the codes this action
 * changed, so a change made since, here or in another tab, to other episodes stays.
 */
function undoableMarks(
  showId: string,
  order: CodeOrder,
  codes: readonly string[],
  watched: boolean,
  alsoUndoing: readonly string[] = [],
): number | null {
  const before = ownEntry(useProgressStore.getState().watched, showId) ?? NOTHING_WATCHED;
  const changed = [...alsoUndoing, ...codes.filter((code) => before.has(code) !== watched)];
  void episodesMarked(showId, codes, watched);
  if (changed.length === 0) return null;
  const action = `marked ${codesName(order, changed)} ${watched ? 'watched' : 'unwatched'}`;
  return undoOffered(action, () => void episodesMarked(showId, changed, !watched));
}

export interface EpisodeWatched {
  /** The earlier episodes still unwatched, to offer marking them too. */
  earlier: EarlierUnwatched;
  /** The undo this mark offered, which marking the earlier ones too may extend. */
  undoId: number | null;
}

/** Marks one episode watched, with an undo. */
export function episodeWatched(showId: string, order: CodeOrder, code: string): EpisodeWatched {
  const watched = ownEntry(useProgressStore.getState().watched, showId) ?? NOTHING_WATCHED;
  const earlier = unwatchedBefore(order, watched, code);
  return { earlier, undoId: undoableMarks(showId, order, [code], true) };
}

/** Unmarks one episode, with an undo. */
export function episodeUnwatched(showId: string, order: CodeOrder, code: string): void {
  undoableMarks(showId, order, [code], false);
}

/**
 * Accepts the offer to mark the episodes before `code` too. While the undo of checking `code` is
 * still offered, one undo puts back both, as the user did them as one.
 */
export function earlierEpisodesWatched(
  showId: string,
  order: CodeOrder,
  code: string,
  earlier: readonly string[],
  checkUndoId: number | null,
): void {
  const extendsCheck = checkUndoId !== null && isUndoOffered(checkUndoId);
  undoableMarks(showId, order, earlier, true, extendsCheck ? [code] : []);
}

/** Marks every episode of a season watched, with an undo. */
export function seasonWatched(showId: string, order: CodeOrder, season: number): void {
  undoableMarks(showId, order, codesOfSeason(order, season), true);
}

/**
 * Unmarks every episode of the show, with an undo; resolves to whether storage took the change.
 * `showTitle` names the show in the offer to undo it.
 */
export async function progressReset(showId: string, showTitle: string): Promise<boolean> {
  const before = [...(ownEntry(useProgressStore.getState().watched, showId) ?? NOTHING_WATCHED)];
  showWatchedSet(showId, NOTHING_WATCHED);
  if (before.length > 0) {
    undoOffered(
      `reset your progress on ${isolated(showTitle)}`,
      () => void episodesMarked(showId, before, true),
    );
  }
  return persist('the reset of your progress', (database) => clearWatched(database, showId), {
    type: 'progress',
    showId,
  });
}

/** Another tab changed this show's progress: take what storage now holds. */
export async function progressChangedElsewhere(showId: string): Promise<void> {
  showWatchedSet(showId, await readWatched(currentDatabase(), showId));
}

import { create } from 'zustand';
import { unwatchedBefore, type EarlierUnwatched, type EpisodeOrder } from '../domain/episode-order';
import { clearWatched, readWatched, saveWatched } from '../storage/repository';
import { currentDatabase } from './database-handle';
import { persist } from './persist';
import { ownEntry } from './own-entry';

interface ProgressState {
  status: 'loading' | 'ready';
  watched: Readonly<Record<string, ReadonlySet<string>>>;
}

const NOTHING_WATCHED: ReadonlySet<string> = new Set();

export const useProgressStore = create<ProgressState>()(() => ({ status: 'loading', watched: {} }));

export const useProgressLoaded = () => useProgressStore((state) => state.status === 'ready');
export const useWatched = (showId: string) =>
  useProgressStore((state) => ownEntry(state.watched, showId) ?? NOTHING_WATCHED);

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

/** Marks one episode watched; returns the earlier ones still unwatched, to offer marking them too. */
export function episodeWatched(
  showId: string,
  order: EpisodeOrder,
  code: string,
): EarlierUnwatched {
  const watched = ownEntry(useProgressStore.getState().watched, showId) ?? NOTHING_WATCHED;
  const earlier = unwatchedBefore(order, watched, code);
  void episodesMarked(showId, [code], true);
  return earlier;
}

/** Unmarks every episode of the show; resolves to whether storage took the change. */
export async function progressReset(showId: string): Promise<boolean> {
  showWatchedSet(showId, NOTHING_WATCHED);
  return persist('the reset of your progress', (database) => clearWatched(database, showId), {
    type: 'progress',
    showId,
  });
}

/** Another tab changed this show's progress: take what storage now holds. */
export async function progressChangedElsewhere(showId: string): Promise<void> {
  showWatchedSet(showId, await readWatched(currentDatabase(), showId));
}

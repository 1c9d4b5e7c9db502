import { create } from 'zustand';
import { isolated } from '../domain/isolated';
import type { Entry, Pack } from '../domain/pack';
import type { StoredShow } from '../storage/database';
import { loadEntries, loadShow, saveShow } from '../storage/repository';
import { currentDatabase } from './database-handle';
import { noticeShown } from './notices-store';
import { persist } from './persist';
import { ownEntry } from './own-entry';

export type EntriesState =
  | { status: 'loading' }
  | { status: 'ready'; entries: readonly Entry[] }
  | { status: 'unreadable'; problem: string };

interface LibraryState {
  status: 'loading' | 'ready';
  shows: Readonly<Record<string, StoredShow>>;
  /** Ids of shows whose stored record could not be read. */
  unreadableShowIds: readonly string[];
  entries: Readonly<Record<string, EntriesState>>;
}

export const useLibraryStore = create<LibraryState>()(() => ({
  status: 'loading',
  shows: {},
  unreadableShowIds: [],
  entries: {},
}));

const LOADING_ENTRIES: EntriesState = { status: 'loading' };

export const useLibraryLoaded = () => useLibraryStore((state) => state.status === 'ready');
export const useShows = () => useLibraryStore((state) => state.shows);
export const useShow = (showId: string) =>
  useLibraryStore((state) => ownEntry(state.shows, showId));
export const useUnreadableShowIds = () => useLibraryStore((state) => state.unreadableShowIds);
export const useEntriesState = (showId: string) =>
  useLibraryStore((state) => ownEntry(state.entries, showId) ?? LOADING_ENTRIES);

export function libraryLoaded(
  shows: readonly StoredShow[],
  unreadableShowIds: readonly string[],
): void {
  // Entries are dropped below, so earlier requests must not count as having loaded them.
  entriesRequests.clear();
  useLibraryStore.setState({
    status: 'ready',
    shows: Object.fromEntries(shows.map((stored) => [stored.show.id, stored])),
    unreadableShowIds,
    entries: {},
  });
}

const entriesRequests = new Map<string, Promise<void>>();

/** Reads a show's entries from storage the first time a page needs them. */
export function entriesNeeded(showId: string): Promise<void> {
  const pending = entriesRequests.get(showId);
  if (pending) return pending;
  const request = Promise.resolve()
    .then(() => loadEntries(currentDatabase(), showId))
    .then((result) => {
      const state: EntriesState = result.ok
        ? { status: 'ready', entries: result.entries }
        : { status: 'unreadable', problem: result.problem };
      if (!result.ok) noticeShown(result.problem);
      useLibraryStore.setState((library) => ({ entries: { ...library.entries, [showId]: state } }));
    })
    .catch((error: unknown) => {
      const problem = `The recaps of "${showId}" could not be read (${String(error)}); they stay covered.`;
      noticeShown(problem);
      useLibraryStore.setState((library) => ({
        entries: { ...library.entries, [showId]: { status: 'unreadable', problem } },
      }));
    });
  entriesRequests.set(showId, request);
  return request;
}

export function splitPack(pack: Pack): { stored: StoredShow; entries: readonly Entry[] } {
  return {
    stored: { show: pack.show, episodes: [...pack.episodes], characters: [...pack.characters] },
    entries: pack.entries,
  };
}

/** Stores a validated pack as a show, replacing one with the same id. */
export async function packStored(pack: Pack): Promise<boolean> {
  const { stored, entries } = splitPack(pack);
  const showId = stored.show.id;
  useLibraryStore.setState((library) => ({
    shows: { ...library.shows, [showId]: stored },
    unreadableShowIds: library.unreadableShowIds.filter((id) => id !== showId),
    entries: { ...library.entries, [showId]: { status: 'ready', entries } },
  }));
  entriesRequests.delete(showId);
  return persist(
    `the show “${isolated(stored.show.title)}”`,
    (database) => saveShow(database, stored, entries),
    {
      type: 'library',
      showId,
    },
  );
}

/** Another tab stored this show anew: read it again when a page next needs it. */
export async function showChangedElsewhere(showId: string): Promise<void> {
  const result = await loadShow(currentDatabase(), showId);
  if (result && !result.ok) noticeShown(result.problem);
  entriesRequests.delete(showId);
  useLibraryStore.setState((library) => {
    const { [showId]: _dropped, ...entries } = library.entries;
    const { [showId]: _replaced, ...otherShows } = library.shows;
    const unreadable = library.unreadableShowIds.filter((id) => id !== showId);
    if (!result) return { entries };
    return result.ok
      ? { shows: { ...otherShows, [showId]: result.show }, unreadableShowIds: unreadable, entries }
      : { shows: otherShows, unreadableShowIds: [...unreadable, showId], entries };
  });
}

/** Entries read just before another tab deleted the database, for shows no page had opened. */
export function entriesRescued(rescued: ReadonlyMap<string, readonly Entry[]>): void {
  const added: Record<string, EntriesState> = {};
  for (const [showId, entries] of rescued) {
    if (ownEntry(useLibraryStore.getState().entries, showId)?.status === 'ready') continue;
    added[showId] = { status: 'ready', entries };
    entriesRequests.set(showId, Promise.resolve());
  }
  useLibraryStore.setState((library) => ({ entries: { ...library.entries, ...added } }));
}

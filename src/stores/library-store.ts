import { create } from 'zustand';
import { isolated } from '../domain/isolated';
import type { Entry, Pack } from '../domain/pack';
import { showSummary, type ShowSummary } from '../domain/show-summary';
import type { StoredShow } from '../storage/database';
import { saveShow } from '../storage/repository';
import type { ShowResult, SummaryResult } from '../storage/show-records';
import { useConnectionStore } from './connection-store';
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
  /** What the library lists of each readable show; read at start-up instead of the shows. */
  summaries: Readonly<Record<string, ShowSummary>>;
  /** The whole records of the shows pages have needed so far: each is read when first needed. */
  shows: Readonly<Record<string, StoredShow>>;
  /** Ids of shows whose stored record could not be read. */
  unreadableShowIds: readonly string[];
  entries: Readonly<Record<string, EntriesState>>;
}

export const useLibraryStore = create<LibraryState>()(() => ({
  status: 'loading',
  summaries: {},
  shows: {},
  unreadableShowIds: [],
  entries: {},
}));

const LOADING_ENTRIES: EntriesState = { status: 'loading' };

export const useLibraryLoaded = () => useLibraryStore((state) => state.status === 'ready');
export const useShowSummaries = () => useLibraryStore((state) => state.summaries);
export const useShowSummary = (showId: string) =>
  useLibraryStore((state) => ownEntry(state.summaries, showId));
/** The show's whole record, once a page has needed it (showNeeded). */
export const useShow = (showId: string) =>
  useLibraryStore((state) => ownEntry(state.shows, showId));
export const useUnreadableShowIds = () => useLibraryStore((state) => state.unreadableShowIds);
export const useEntriesState = (showId: string) =>
  useLibraryStore((state) => ownEntry(state.entries, showId) ?? LOADING_ENTRIES);

export function libraryLoaded(
  summaries: readonly ShowSummary[],
  unreadableShowIds: readonly string[],
): void {
  // Shows and entries are dropped below, so earlier requests must not count as having loaded them.
  entriesRequests.clear();
  showRequests.clear();
  useLibraryStore.setState({
    status: 'ready',
    summaries: Object.fromEntries(summaries.map((summary) => [summary.show.id, summary])),
    shows: {},
    unreadableShowIds,
    entries: {},
  });
}

/** Whole records are read only once a page needs one: their code stays off the first page. */
const showRecords = () => import('../storage/show-records');

const showRequests = new Map<string, Promise<void>>();

type ShowRead = ShowResult | undefined;

/** The library once a show's record was read: a show that cannot be read is listed apart. */
function withShowRead(library: LibraryState, showId: string, result: ShowRead) {
  const { [showId]: _replaced, ...shows } = library.shows;
  const { [showId]: _summary, ...summaries } = library.summaries;
  const unreadableShowIds = library.unreadableShowIds.filter((id) => id !== showId);
  if (!result) return { shows, summaries, unreadableShowIds };
  return result.ok
    ? { shows: { ...shows, [showId]: result.show }, unreadableShowIds }
    : { shows, summaries, unreadableShowIds: [...unreadableShowIds, showId] };
}

/**
 * Reads a show's whole record from storage the first time a page of it needs it. Without a
 * connection it reads nothing, and the page stays covered: a deleted database's shows come from
 * the last read before the delete (showsRescued), and others once this tab's data is written back.
 */
export function showNeeded(showId: string): Promise<void> {
  const pending = showRequests.get(showId);
  if (pending) return pending;
  if (useConnectionStore.getState().status !== 'open') return Promise.resolve();
  const request = showRecords()
    .then(({ loadShow }) => loadShow(currentDatabase(), showId))
    .then((result) => {
      if (result && !result.ok) noticeShown(result.problem);
      useLibraryStore.setState((library) => withShowRead(library, showId, result));
    })
    .catch((error: unknown) => {
      noticeShown(
        `The show "${showId}" could not be read (${String(error)}); it stays covered. Reload to try again.`,
      );
      useLibraryStore.setState((library) =>
        withShowRead(library, showId, { ok: false, problem: String(error) }),
      );
    });
  showRequests.set(showId, request);
  return request;
}

/**
 * Chunks of a show's episode heads were read for `summary` (heads-needed.ts): they join it only
 * if it is still the summary held, since another copy of the show came meanwhile otherwise.
 */
export function headsRead(summary: ShowSummary, result: SummaryResult | undefined): void {
  const showId = summary.show.id;
  useLibraryStore.setState((library) => {
    if (ownEntry(library.summaries, showId) !== summary) return {};
    if (result?.ok) return { summaries: { ...library.summaries, [showId]: result.summary } };
    return withShowRead(library, showId, result);
  });
}

const entriesRequests = new Map<string, Promise<void>>();

/** Reads a show's entries from storage the first time a page needs them. */
export function entriesNeeded(showId: string): Promise<void> {
  const pending = entriesRequests.get(showId);
  if (pending) return pending;
  const request = showRecords()
    .then(({ loadEntries }) => loadEntries(currentDatabase(), showId))
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
    summaries: { ...library.summaries, [showId]: showSummary(stored, entries) },
    shows: { ...library.shows, [showId]: stored },
    unreadableShowIds: library.unreadableShowIds.filter((id) => id !== showId),
    entries: { ...library.entries, [showId]: { status: 'ready', entries } },
  }));
  entriesRequests.delete(showId);
  showRequests.set(showId, Promise.resolve());
  return persist(
    `the show “${isolated(stored.show.title)}”`,
    (database) => saveShow(database, stored, entries),
    {
      type: 'library',
      showId,
    },
  );
}

/** Another tab stored this show anew: its summary and record are read again, its recaps when needed. */
export async function showChangedElsewhere(showId: string): Promise<void> {
  const database = currentDatabase();
  const { loadShow, loadSummary } = await showRecords();
  const result = await loadShow(database, showId);
  if (result && !result.ok) noticeShown(result.problem);
  const summary = result?.ok ? await loadSummary(database, showId) : undefined;
  entriesRequests.delete(showId);
  showRequests.set(showId, Promise.resolve());
  useLibraryStore.setState((library) => {
    const { [showId]: _dropped, ...entries } = library.entries;
    const read = withShowRead(library, showId, result);
    return summary?.ok
      ? { ...read, summaries: { ...library.summaries, [showId]: summary.summary }, entries }
      : { ...read, entries };
  });
}

/**
 * This tab stored the show anew (an import, in a worker): the library takes the summary that was
 * written, and its record and recaps are read again when a page needs them, not now.
 */
export function showStoredAnew(summary: ShowSummary): void {
  const showId = summary.show.id;
  showRequests.delete(showId);
  entriesRequests.delete(showId);
  useLibraryStore.setState((library) => {
    const { [showId]: _show, ...shows } = library.shows;
    const { [showId]: _entries, ...entries } = library.entries;
    return {
      summaries: { ...library.summaries, [showId]: summary },
      shows,
      entries,
      unreadableShowIds: library.unreadableShowIds.filter((id) => id !== showId),
    };
  });
}

/** Shows read just before another tab deleted the database, that no page had opened. */
export function showsRescued(rescued: ReadonlyMap<string, StoredShow>): void {
  const added: Record<string, StoredShow> = {};
  for (const [showId, stored] of rescued) {
    if (ownEntry(useLibraryStore.getState().shows, showId)) continue;
    added[showId] = stored;
    showRequests.set(showId, Promise.resolve());
  }
  useLibraryStore.setState((library) => ({ shows: { ...library.shows, ...added } }));
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

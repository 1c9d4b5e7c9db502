import { useEffect, useMemo } from 'react';
import type { RecordState, ShowState } from '../domain/show-state';
import { entriesNeeded, useLibraryStore } from './library-store';
import { notesNeeded, useNotesStore } from './notes-store';
import { ownEntry } from './own-entry';
import { useProgressStore } from './progress-store';
import { useRevealsStore } from './reveals-store';
import { useSettingsStore } from './settings-store';

const NONE: ReadonlySet<string> = new Set();
const LOADING = { status: 'loading' } as const;

/**
 * What the stores hold, in one object per show, for the domain's page views. A show's state is
 * the same object until something of that show changes, so views built from it can be memoised.
 */
interface StoreParts {
  libraryStatus: 'loading' | 'ready';
  shows: ReturnType<typeof useLibraryStore.getState>['shows'];
  unreadableShowIds: readonly string[];
  entries: ReturnType<typeof useLibraryStore.getState>['entries'];
  notes: ReturnType<typeof useNotesStore.getState>['byShow'];
  progressLoaded: boolean;
  watched: ReturnType<typeof useProgressStore.getState>['watched'];
  revealed: ReturnType<typeof useRevealsStore.getState>['revealed'];
  upcomingTitles: ReturnType<typeof useSettingsStore.getState>['upcomingTitles'];
}

function useStoreParts(): StoreParts {
  const libraryStatus = useLibraryStore((state) => state.status);
  const shows = useLibraryStore((state) => state.shows);
  const unreadableShowIds = useLibraryStore((state) => state.unreadableShowIds);
  const entries = useLibraryStore((state) => state.entries);
  const notes = useNotesStore((state) => state.byShow);
  const progressLoaded = useProgressStore((state) => state.status === 'ready');
  const watched = useProgressStore((state) => state.watched);
  const revealed = useRevealsStore((state) => state.revealed);
  const upcomingTitles = useSettingsStore((state) => state.upcomingTitles);
  return {
    libraryStatus,
    shows,
    unreadableShowIds,
    entries,
    notes,
    progressLoaded,
    watched,
    revealed,
    upcomingTitles,
  };
}

function recordState(parts: StoreParts, showId: string): RecordState {
  if (parts.unreadableShowIds.includes(showId)) return { status: 'unreadable' };
  const record = ownEntry(parts.shows, showId);
  if (record) return { status: 'ready', record };
  return parts.libraryStatus === 'ready' ? { status: 'missing' } : LOADING;
}

const cache = new Map<string, ShowState>();

function sameState(a: ShowState, b: ShowState): boolean {
  const recordOf = (state: ShowState) =>
    state.record.status === 'ready' ? state.record.record : state.record.status;
  return (
    recordOf(a) === recordOf(b) &&
    a.entries === b.entries &&
    a.notes === b.notes &&
    a.progressLoaded === b.progressLoaded &&
    a.watched === b.watched &&
    a.revealed === b.revealed &&
    a.upcomingTitles === b.upcomingTitles
  );
}

function showStateOf(parts: StoreParts, showId: string): ShowState {
  const state: ShowState = {
    showId,
    record: recordState(parts, showId),
    entries: ownEntry(parts.entries, showId) ?? LOADING,
    notes: ownEntry(parts.notes, showId) ?? LOADING,
    progressLoaded: parts.progressLoaded,
    watched: ownEntry(parts.watched, showId) ?? NONE,
    revealed: ownEntry(parts.revealed, showId) ?? NONE,
    upcomingTitles: parts.upcomingTitles,
  };
  const cached = cache.get(showId);
  if (cached && sameState(cached, state)) return cached;
  cache.set(showId, state);
  return state;
}

/** What of a show's content a page reads from storage besides the show itself. */
type Content = 'entries' | 'entries-and-notes';

/** Reads the content of these shows from storage once the library has loaded. */
function useContentNeeded(
  states: readonly ShowState[],
  libraryReady: boolean,
  content: Content,
): void {
  const withNotes = content === 'entries-and-notes';
  const wanted = states
    .filter(
      (state) =>
        state.record.status === 'ready' &&
        (state.entries.status === 'loading' || (withNotes && state.notes.status === 'loading')),
    )
    .map((state) => state.showId)
    .join('\n');
  useEffect(() => {
    if (!libraryReady || wanted === '') return;
    for (const showId of wanted.split('\n')) {
      void entriesNeeded(showId);
      if (withNotes) void notesNeeded(showId);
    }
  }, [libraryReady, wanted, withNotes]);
}

/** Everything stored about one show, with its entries and notes read once a page needs it. */
export function useShowState(showId: string): ShowState {
  const parts = useStoreParts();
  const state = showStateOf(parts, showId);
  useContentNeeded(
    useMemo(() => [state], [state]),
    parts.libraryStatus === 'ready',
    'entries-and-notes',
  );
  return state;
}

let lastList: readonly ShowState[] = [];

/** The same list object while no show's state changed, so views built from it can be memoised. */
function stableList(states: readonly ShowState[]): readonly ShowState[] {
  const same =
    states.length === lastList.length && states.every((state, index) => state === lastList[index]);
  if (!same) lastList = states;
  return lastList;
}

const titleOf = (state: ShowState) =>
  state.record.status === 'ready' ? state.record.record.show.title : state.showId;

/** The state of every readable show in the library, in title order. */
export function useLibraryShowStates(content: Content = 'entries-and-notes'): {
  loaded: boolean;
  states: readonly ShowState[];
} {
  const parts = useStoreParts();
  const states = stableList(
    Object.keys(parts.shows)
      .map((showId) => showStateOf(parts, showId))
      .sort((a, b) => titleOf(a).localeCompare(titleOf(b))),
  );
  useContentNeeded(states, parts.libraryStatus === 'ready', content);
  return { loaded: parts.libraryStatus === 'ready', states };
}

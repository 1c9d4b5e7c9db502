import { useEffect } from 'react';
import type { NotesState, RecordState, ShowState } from '../domain/show-state';
import { horizonStandIn } from '../domain/progress-summary';
import { horizonPosition, orderOfCodes } from '../domain/episode-order';
import { headsMissing, tileRecord, type ShowSummary } from '../domain/show-summary';
import { useConnectionStore } from './connection-store';
import { entriesNeeded, showNeeded, useLibraryStore } from './library-store';
import { noticeShown } from './notices-store';
import { ownEntry } from './own-entry';
import { usePeeksStore } from './peeks-store';
import { useActiveProfileId } from './active-profile';
import {
  progressNeeded,
  useProgressStore,
  type SummariesByShow,
  type WatchedByShow,
} from './progress-store';
import { useRevealsStore, type RevealedByShow } from './reveals-store';
import { useSettingsStore } from './settings-store';
import { showRulesOf, useShowRulesStore } from './show-rules-store';

/**
 * What the stores hold, in one object per show, for the domain's page views. The user's notes
 * come from the caller, so that the library, which shows none, does not load the notes store.
 */

const NONE: ReadonlySet<string> = new Set();
const LOADING = { status: 'loading' } as const;
const NO_SHOWS: Readonly<Record<string, ReadonlySet<string>>> = {};
const NO_SUMMARIES: SummariesByShow = {};

export interface StoreParts {
  libraryStatus: 'loading' | 'ready';
  summaries: ReturnType<typeof useLibraryStore.getState>['summaries'];
  shows: ReturnType<typeof useLibraryStore.getState>['shows'];
  unreadableShowIds: readonly string[];
  entries: ReturnType<typeof useLibraryStore.getState>['entries'];
  /** Whether the active profile's reveals and progress summaries are loaded. */
  profileLoaded: boolean;
  /** The active profile's whole watched sets, of the shows read so far. */
  watched: WatchedByShow;
  /** Whether every show's set of the active profile was read at once (watched holds them all). */
  wholeProfile: boolean;
  /** The active profile's progress summaries, what tiles show until a set is read. */
  progressSummaries: SummariesByShow;
  revealed: RevealedByShow;
  upcomingTitles: ReturnType<typeof useSettingsStore.getState>['upcomingTitles'];
  showRules: ReturnType<typeof useShowRulesStore.getState>;
  peeked: ReturnType<typeof usePeeksStore.getState>['peeked'];
}

export function useStoreParts(): StoreParts {
  const libraryStatus = useLibraryStore((state) => state.status);
  const summaries = useLibraryStore((state) => state.summaries);
  const shows = useLibraryStore((state) => state.shows);
  const unreadableShowIds = useLibraryStore((state) => state.unreadableShowIds);
  const entries = useLibraryStore((state) => state.entries);
  // Fail closed while the active profile loads: nothing of another profile is ever shown.
  const profileId = useActiveProfileId();
  const watched = useProgressStore((state) => ownEntry(state.watched, profileId)) ?? NO_SHOWS;
  const wholeProfile = useProgressStore((state) => state.whole.includes(profileId));
  const summariesOfProfile = useProgressStore((state) => ownEntry(state.summaries, profileId));
  const revealedOfProfile = useRevealsStore((state) => ownEntry(state.revealed, profileId));
  const profileLoaded = summariesOfProfile !== undefined && revealedOfProfile !== undefined;
  const progressSummaries = summariesOfProfile ?? NO_SUMMARIES;
  const revealed = revealedOfProfile ?? NO_SHOWS;
  const upcomingTitles = useSettingsStore((state) => state.upcomingTitles);
  const showRules = useShowRulesStore((state) => state);
  const peeked = usePeeksStore((state) => state.peeked);
  return {
    libraryStatus,
    summaries,
    shows,
    unreadableShowIds,
    entries,
    profileLoaded,
    watched,
    wholeProfile,
    progressSummaries,
    revealed,
    upcomingTitles,
    peeked,
    showRules,
  };
}

/**
 * Where a show state's record comes from: the whole record, read when a page first needs it, or
 * for a library tile, until then, the summary read at start-up (tileRecord).
 */
export type RecordSource = 'records' | 'summaries';

type Progress = Pick<ShowState, 'progressLoaded' | 'watched' | 'progressSummary'>;

/** The furthest episode `progress` watched, as a tile reads it (null when none is). */
function tileHorizon(summary: ShowSummary, progress: Progress): string | null {
  if (progress.progressSummary) return progress.progressSummary.horizon;
  if (progress.watched.size === 0) return null;
  return summary.codes[horizonPosition(orderOfCodes(summary.codes), progress.watched)] ?? null;
}

function recordState(
  parts: StoreParts,
  showId: string,
  source: RecordSource,
  progress: Progress,
): RecordState {
  if (parts.unreadableShowIds.includes(showId)) return { status: 'unreadable' };
  const summary = ownEntry(parts.summaries, showId);
  const whole = ownEntry(parts.shows, showId);
  const record =
    source === 'summaries' && !whole
      ? summary && tileRecord(summary, tileHorizon(summary, progress))
      : whole;
  if (record) return { status: 'ready', record };
  return parts.libraryStatus === 'ready' && !summary ? { status: 'missing' } : LOADING;
}

/**
 * A show's progress as its pages may use it: the whole watched set once read; for a tile, until
 * then, the stored counts if they were counted against the show's order as stored now.
 */
function progressOf(parts: StoreParts, showId: string, source: RecordSource): Progress {
  const watched = ownEntry(parts.watched, showId) ?? (parts.wholeProfile ? NONE : undefined);
  if (watched) return { progressLoaded: parts.profileLoaded, watched };
  const summary = source === 'summaries' ? ownEntry(parts.progressSummaries, showId) : undefined;
  if (summary && summary.orderKey === ownEntry(parts.summaries, showId)?.orderKey) {
    return {
      progressLoaded: parts.profileLoaded,
      watched: horizonStandIn(summary),
      progressSummary: summary,
    };
  }
  return { progressLoaded: false, watched: NONE };
}

function sameState(a: ShowState, b: ShowState): boolean {
  const recordOf = (state: ShowState) =>
    state.record.status === 'ready' ? state.record.record : state.record.status;
  return (
    recordOf(a) === recordOf(b) &&
    a.entries === b.entries &&
    a.notes === b.notes &&
    a.progressLoaded === b.progressLoaded &&
    a.watched === b.watched &&
    a.progressSummary === b.progressSummary &&
    a.revealed === b.revealed &&
    a.upcomingTitles === b.upcomingTitles &&
    a.rules === b.rules &&
    a.peeked === b.peeked
  );
}

/**
 * Builds show states that stay the same object until something of that show changes, so views
 * built from them can be memoised; one cache per kind of caller.
 */
export function showStateCache(source: RecordSource = 'records') {
  const cache = new Map<string, ShowState>();
  let lastList: readonly ShowState[] = [];

  function stateOf(parts: StoreParts, notes: NotesState | undefined, showId: string): ShowState {
    const progress = progressOf(parts, showId, source);
    const state: ShowState = {
      showId,
      record: recordState(parts, showId, source, progress),
      entries: ownEntry(parts.entries, showId) ?? LOADING,
      notes: notes ?? LOADING,
      ...progress,
      revealed: ownEntry(parts.revealed, showId) ?? NONE,
      upcomingTitles: parts.upcomingTitles,
      rules: showRulesOf(parts.showRules, showId),
      peeked: ownEntry(parts.peeked, showId) ?? NONE,
    };
    const cached = cache.get(showId);
    if (cached && sameState(cached, state)) return cached;
    cache.set(showId, state);
    return state;
  }

  /** Every readable show, in title order; the same list while no show's state changed. */
  function libraryStates(
    parts: StoreParts,
    notesOf: (showId: string) => NotesState | undefined,
  ): readonly ShowState[] {
    const titleOf = (showId: string) => ownEntry(parts.summaries, showId)?.show.title ?? showId;
    const states = Object.keys(parts.summaries)
      .filter((showId) => !parts.unreadableShowIds.includes(showId))
      .sort((a, b) => titleOf(a).localeCompare(titleOf(b)))
      .map((showId) => stateOf(parts, notesOf(showId), showId));
    const same =
      states.length === lastList.length && states.every((state, i) => state === lastList[i]);
    if (!same) lastList = states;
    return lastList;
  }

  /**
   * The shows among `states` whose tile waits for chunks of episode heads its summary does not
   * hold, with those chunks, one show a line ("showId headsKey chunk chunk…"); a tile never needs
   * its show's whole record.
   */
  function headsWanted(parts: StoreParts, states: readonly ShowState[]): string {
    if (source !== 'summaries') return '';
    return states
      .flatMap((state) => {
        const summary = ownEntry(parts.summaries, state.showId);
        if (state.record.status !== 'loading' || !state.progressLoaded || !summary) return [];
        const chunks = headsMissing(summary, tileHorizon(summary, state));
        return chunks.length > 0 ? [[state.showId, summary.headsKey, ...chunks].join(' ')] : [];
      })
      .join('\n');
  }

  return { stateOf, libraryStates, headsWanted, readsRecords: source === 'records' };
}

/** Reads the chunks of episode heads tiles wait for (headsWanted), once connected. */
export function useHeadsNeeded(wanted: string): void {
  const connected = useConnectionStore((state) => state.status === 'open');
  useEffect(() => {
    if (!connected || wanted === '') return;
    import('./heads-needed')
      .then(({ headsNeeded }) => {
        for (const line of wanted.split('\n')) {
          const [showId = '', headsKey = '', ...chunks] = line.split(' ');
          void headsNeeded(showId, headsKey, chunks.map(Number));
        }
      })
      .catch(() =>
        noticeShown('Part of Previously could not be loaded, so some shows stay covered. Reload.'),
      );
  }, [connected, wanted]);
}

/** Ids of shows among `states` whose record is there and whose `missing` content is not. */
export function showsMissing(
  states: readonly ShowState[],
  missing: (state: ShowState) => boolean,
): string {
  return states
    .filter((state) => state.record.status === 'ready' && missing(state))
    .map((state) => state.showId)
    .join('\n');
}

/**
 * Reads these shows' whole records (unless `readsRecords` is false: tiles read summaries), and the
 * active profile's watched sets of them, from storage once the library and the profile have loaded.
 */
export function useRecordsNeeded(
  states: readonly ShowState[],
  libraryReady: boolean,
  readsRecords = true,
): void {
  const wanted = states
    .filter((state) => readsRecords && state.record.status === 'loading')
    .map((state) => state.showId)
    .join('\n');
  const profileId = useActiveProfileId();
  const profileLoaded = useProgressStore(
    (state) => ownEntry(state.summaries, profileId) !== undefined,
  );
  const progressWanted = states
    .filter(
      (state) =>
        !state.progressLoaded &&
        state.record.status !== 'unreadable' &&
        state.record.status !== 'missing',
    )
    .map((state) => state.showId)
    .join('\n');
  // Read again once a lost connection is back: nothing could be read while it was gone.
  const connected = useConnectionStore((state) => state.status === 'open');
  useEffect(() => {
    if (!libraryReady || !connected || wanted === '') return;
    for (const showId of wanted.split('\n')) void showNeeded(showId);
  }, [libraryReady, connected, wanted]);
  useEffect(() => {
    if (!libraryReady || !connected || !profileLoaded || progressWanted === '') return;
    for (const showId of progressWanted.split('\n')) void progressNeeded(profileId, showId);
  }, [libraryReady, connected, profileLoaded, profileId, progressWanted]);
}

/** Reads these shows' recaps from storage once the library has loaded. */
export function useEntriesNeeded(states: readonly ShowState[], libraryReady: boolean): void {
  const wanted = showsMissing(states, (state) => state.entries.status === 'loading');
  useEffect(() => {
    if (!libraryReady || wanted === '') return;
    for (const showId of wanted.split('\n')) void entriesNeeded(showId);
  }, [libraryReady, wanted]);
}

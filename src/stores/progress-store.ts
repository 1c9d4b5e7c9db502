import { create } from 'zustand';
import { orderOfCodes } from '../domain/episode-order';
import { orderKeyOf, type ProgressSummary } from '../domain/progress-summary';
import { loadProgressSummary, progressRecounted } from '../storage/progress-summaries';
import { readWatched } from '../storage/repository';
import { useActiveProfileId } from './active-profile';
import { currentDatabase } from './database-handle';
import { useLibraryStore } from './library-store';
import { noticeShown } from './notices-store';
import { ownEntry } from './own-entry';
import {
  NO_KEYS,
  setOf,
  showSets,
  withProfileLoaded,
  withShowRead,
  type SetsByProfile,
  type SetsByShow,
} from './profile-sets';
import { useRoomPresent } from './room-store';

/** A profile's watched episodes by show. */
export type WatchedByShow = SetsByShow;

export type SummariesByShow = Readonly<Record<string, ProgressSummary>>;

interface ProgressState {
  /**
   * Per profile, per show: the whole watched set, for each show a page has needed. A show whose
   * set has not been read has no entry.
   */
  watched: SetsByProfile;
  /** Per profile whose summaries were read, per show: what its library tile shows. */
  summaries: Readonly<Record<string, SummariesByShow>>;
  /** Profiles whose every watched set was read at once: the people present watching together. */
  whole: readonly string[];
}

export const NOTHING_WATCHED = NO_KEYS;

export const useProgressStore = create<ProgressState>()(() => ({
  watched: {},
  summaries: {},
  whole: [],
}));

/** What a profile watched of a show; nothing while it loads. */
export const watchedOf = setOf;

const watchedSets = showSets(
  () => useProgressStore.getState().watched,
  (update) => useProgressStore.setState((state) => ({ watched: update(state.watched) })),
  // A profile read whole holds every show, those without a mark too.
  () => useProgressStore.getState().whole,
  (profileId, showId) => readWatched(currentDatabase(), profileId, showId),
);

/** Whether a profile's whole watched set for a show is held. */
export const isShowHeld = watchedSets.holds;

/**
 * Whether all of `codes` are watched by the active profile, or while watching together by
 * everyone present; free for an empty list.
 */
export const useAllWatched = (showId: string, codes: readonly string[]) => {
  const profileId = useActiveProfileId();
  const present = useRoomPresent();
  return useProgressStore((state) =>
    (present.length > 0 ? present : [profileId]).every((id) => {
      const watched = watchedOf(state.watched, id, showId);
      return codes.every((code) => watched.has(code));
    }),
  );
};

/** A profile's progress summaries as read at start-up or when it becomes the active one. */
export function progressSummariesLoaded(
  profileId: string,
  summaries: ReadonlyMap<string, ProgressSummary>,
): void {
  useProgressStore.setState((state) => ({
    summaries: { ...state.summaries, [profileId]: Object.fromEntries(summaries) },
  }));
}

/** Every watched set of a profile, read at once (for watching together, or before a delete). */
export function wholeProgressLoaded(
  profileId: string,
  watched: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  useProgressStore.setState((state) => ({
    watched: withProfileLoaded(state.watched, profileId, watched),
    whole: state.whole.includes(profileId) ? state.whole : [...state.whole, profileId],
  }));
}

/** Forgets every profile's progress, as before a fresh load. */
export function progressUnloaded(): void {
  showReads.clear();
  useProgressStore.setState(useProgressStore.getInitialState());
}

/**
 * Sets what one profile watched of a show, once its whole set is held: a set not read yet is
 * read whole when a page needs it, this change included.
 */
export const showWatchedSet = watchedSets.showSet;

const showReads = new Map<string, Promise<void>>();

/** The show's order as the library's summary holds it, the one its marks are counted against. */
export function storedOrder(showId: string) {
  const summary = ownEntry(useLibraryStore.getState().summaries, showId);
  return summary && orderOfCodes(summary.codes);
}

/** The module that turns a summary's runs into a watched set; null when it cannot be loaded. */
const watchedRuns = () => import('../domain/watched-runs').catch(() => null);

/**
 * A profile's whole watched set for a show: from the runs its stored summary holds when they can
 * be used, otherwise read whole, and counted again so that the summary stored holds runs. The
 * summary is read from storage, not taken from the store, so that it is as current as the marks,
 * and nothing is awaited between that read and keeping its result: a read begun before a mark is
 * written ends before it, so the mark's result is the one kept.
 */
export async function showProgressRead(profileId: string, showId: string): Promise<void> {
  const order = storedOrder(showId);
  const database = currentDatabase();
  const held = ownEntry(ownEntry(useProgressStore.getState().summaries, profileId) ?? {}, showId);
  // Loaded only when the summary held has runs: the first page, whose tiles need none, never is.
  const runs = order && held?.watchedRuns ? await watchedRuns() : null;
  const stored = runs && (await loadProgressSummary(database, profileId, showId));
  const ofRuns = order && stored && runs?.watchedOfRuns(order, stored);
  if (ofRuns) return showProgressCounted(profileId, showId, ofRuns, stored);
  // Marks no runs can stand for (too spread, or on an episode the show does not list) are only
  // read: counting them again would store the same summary.
  const tooSpread =
    order !== undefined && held?.orderKey === orderKeyOf(order.codes) && held.watchedRuns === null;
  const read =
    order && !tooSpread
      ? await progressRecounted(database, profileId, showId, order).catch(() => null)
      : null;
  const watched = read?.watched ?? (await readWatched(database, profileId, showId));
  showProgressCounted(profileId, showId, watched, read?.summary ?? null);
}

/**
 * A profile's whole watched set of a show as storage counted it, read or written, with the
 * summary stored beside it (null: none was).
 */
export function showProgressCounted(
  profileId: string,
  showId: string,
  watched: ReadonlySet<string>,
  summary: ProgressSummary | null,
): void {
  useProgressStore.setState((state) => {
    const ofProfile = ownEntry(state.summaries, profileId);
    return {
      watched: withShowRead(state.watched, profileId, showId, watched),
      ...(ofProfile && summary
        ? { summaries: { ...state.summaries, [profileId]: { ...ofProfile, [showId]: summary } } }
        : {}),
    };
  });
}

/**
 * Reads a profile's whole watched set of a show the first time a page needs it; until then the
 * show's pages stay covered. A read that fails says so, and is tried again when next needed.
 */
export function progressNeeded(profileId: string, showId: string): Promise<void> {
  if (isShowHeld(profileId, showId)) return Promise.resolve();
  const key = JSON.stringify([profileId, showId]);
  const pending = showReads.get(key);
  if (pending) return pending;
  const request = showProgressRead(profileId, showId)
    .catch((error: unknown) =>
      noticeShown(
        `Your progress on "${showId}" could not be read (${String(error)}); it stays covered.`,
      ),
    )
    .finally(() => showReads.delete(key));
  showReads.set(key, request);
  return request;
}

/** Another tab changed this show's progress: take what storage now holds, for every profile held. */
export async function progressChangedElsewhere(showId: string): Promise<void> {
  const summarised = Object.keys(useProgressStore.getState().summaries);
  await watchedSets.changedElsewhere(showId);
  for (const profileId of summarised) {
    const summary = await loadProgressSummary(currentDatabase(), profileId, showId);
    useProgressStore.setState((current) => {
      const { [showId]: _stale, ...others } = ownEntry(current.summaries, profileId) ?? {};
      const ofProfile = summary ? { ...others, [showId]: summary } : others;
      return { summaries: { ...current.summaries, [profileId]: ofProfile } };
    });
  }
}

import {
  codesName,
  codesOfSeason,
  unwatchedBefore,
  watchedAfterMark,
  type EarlierUnwatched,
  type CodeOrder,
} from '../domain/episode-order';
import { isolated } from '../domain/isolated';
import { sharedByAll } from '../domain/show-state';
import { clearWatched, saveWatched, type CountedMarks } from '../storage/progress-writes';
import { activeProfileId } from './active-profile';
import { isUndoOffered, undoOffered } from './notices-store';
import { persist } from './persist';
import {
  isShowHeld,
  NOTHING_WATCHED,
  progressNeeded,
  showProgressCounted,
  showProgressRead,
  showWatchedSet,
  storedOrder,
  useProgressStore,
  watchedOf,
} from './progress-store';
import { profilesActedFor } from './room-store';

/**
 * Marking episodes watched or unwatched, and resetting a show's progress: apart from the progress
 * store, so the library, which marks nothing, does not carry them.
 */

const activeWatched = (showId: string) =>
  watchedOf(useProgressStore.getState().watched, activeProfileId(), showId);

/**
 * Marks (or unmarks) episodes for each profile given, the active one by default; only the
 * records for these codes are written, in one transaction.
 */
export async function episodesMarked(
  showId: string,
  codes: readonly string[],
  watched: boolean,
  profileIds: readonly string[] = [activeProfileId()],
): Promise<void> {
  const unread = profileIds.filter((profileId) => !isShowHeld(profileId, showId));
  for (const profileId of profileIds) {
    const before = watchedOf(useProgressStore.getState().watched, profileId, showId);
    showWatchedSet(profileId, showId, watchedAfterMark(before, codes, watched));
  }
  const what =
    codes.length === 1 ? `your mark on ${codes[0]}` : `your marks on ${codes.length} episodes`;
  const order = storedOrder(showId);
  const counted = new Map<string, CountedMarks>();
  await persist(
    what,
    async (database) => {
      const marks = await saveWatched(database, profileIds, showId, codes, watched, order);
      marks.forEach((own, profileId) => counted.set(profileId, own));
    },
    { type: 'progress', showId },
  );
  // A set not held yet is taken as the mark's transaction counted it, other tabs' marks included,
  // so its pages and tile count it; a read begun before the mark ended before it. Had the write
  // failed, the set is read.
  await Promise.all(
    unread.map((profileId) => {
      const own = counted.get(profileId);
      return own
        ? showProgressCounted(profileId, showId, own.watched, own.summary)
        : showProgressRead(profileId, showId);
    }),
  );
}

/**
 * Marks or unmarks episodes, for everyone present while watching together, and offers to undo
 * it. The undo puts back, for each of them, only the codes this action changed, so a change made
 * since, here or in another tab, to other episodes stays.
 */
function undoableMarks(
  showId: string,
  order: CodeOrder,
  codes: readonly string[],
  watched: boolean,
  alsoUndoing: readonly string[] = [],
): number | null {
  const profileIds = profilesActedFor();
  const changedFor = profileIds.map((profileId) => {
    const before = watchedOf(useProgressStore.getState().watched, profileId, showId);
    return [...alsoUndoing, ...codes.filter((code) => before.has(code) !== watched)];
  });
  void episodesMarked(showId, codes, watched, profileIds);
  const changed = [...new Set(changedFor.flat())];
  if (changed.length === 0) return null;
  const action = `marked ${codesName(order, changed)} ${watched ? 'watched' : 'unwatched'}`;
  return undoOffered(action, () =>
    profileIds.forEach((profileId, at) => {
      const own = changedFor[at] ?? [];
      if (own.length > 0) void episodesMarked(showId, own, !watched, [profileId]);
    }),
  );
}

export interface EpisodeWatched {
  /** The earlier episodes still unwatched, to offer marking them too. */
  earlier: EarlierUnwatched;
  /** The undo this mark offered, which marking the earlier ones too may extend. */
  undoId: number | null;
}

/** Marks one episode watched, with an undo. */
export function episodeWatched(showId: string, order: CodeOrder, code: string): EpisodeWatched {
  const { watched: all } = useProgressStore.getState();
  const watched = sharedByAll(profilesActedFor().map((id) => watchedOf(all, id, showId)));
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
  const profileId = activeProfileId();
  // What the undo puts back: the whole set, read first when no page of the show has yet.
  await progressNeeded(profileId, showId);
  if (!isShowHeld(profileId, showId)) return false;
  const before = [...activeWatched(showId)];
  showWatchedSet(profileId, showId, NOTHING_WATCHED);
  if (before.length > 0) {
    undoOffered(
      `reset your progress on ${isolated(showTitle)}`,
      () => void episodesMarked(showId, before, true, [profileId]),
    );
  }
  return persist(
    'the reset of your progress',
    (database) => clearWatched(database, profileId, showId),
    { type: 'progress', showId },
  );
}

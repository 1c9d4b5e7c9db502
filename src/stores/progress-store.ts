import { create } from 'zustand';
import { readWatched } from '../storage/repository';
import { useActiveProfileId } from './active-profile';
import { currentDatabase } from './database-handle';
import {
  NO_KEYS,
  setOf,
  withProfileLoaded,
  withShowSet,
  type SetsByProfile,
  type SetsByShow,
} from './profile-sets';
import { useRoomPresent } from './room-store';

/** A profile's watched episodes by show. */
export type WatchedByShow = SetsByShow;

interface ProgressState {
  /** Each loaded profile's watched episodes; a profile still loading has no entry. */
  watched: SetsByProfile;
}

export const NOTHING_WATCHED = NO_KEYS;

export const useProgressStore = create<ProgressState>()(() => ({ watched: {} }));

/** What a profile watched of a show; nothing while it loads. */
export const watchedOf = setOf;

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

export function progressLoaded(
  profileId: string,
  watched: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  useProgressStore.setState((state) => ({
    watched: withProfileLoaded(state.watched, profileId, watched),
  }));
}

/** Forgets every profile's progress, as before a fresh load. */
export function progressUnloaded(): void {
  useProgressStore.setState({ watched: {} });
}

/** Sets what one profile watched of a show, unless that profile is still loading. */
export function showWatchedSet(
  profileId: string,
  showId: string,
  watched: ReadonlySet<string>,
): void {
  useProgressStore.setState((state) => ({
    watched: withShowSet(state.watched, profileId, showId, watched),
  }));
}

/** Another tab changed this show's progress: take what storage now holds, for every loaded profile. */
export async function progressChangedElsewhere(showId: string): Promise<void> {
  for (const profileId of Object.keys(useProgressStore.getState().watched)) {
    showWatchedSet(profileId, showId, await readWatched(currentDatabase(), profileId, showId));
  }
}

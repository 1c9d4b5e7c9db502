import { useEffect, useMemo } from 'react';
import { withRoom, type PersonProgress, type ShowState } from '../domain/show-state';
import { ownEntry } from './own-entry';
import { profilesNeeded } from './profiles-store';
import { useProgressStore, watchedOf } from './progress-store';
import { revealedOf, useRevealsStore } from './reveals-store';
import { useRoomPresent } from './room-store';

/** What the stores hold of the people present, for the show states of a room. */
export interface RoomParts {
  present: readonly string[];
  watched: ReturnType<typeof useProgressStore.getState>['watched'];
  /** Profiles whose every watched set is held. */
  whole: readonly string[];
  revealed: ReturnType<typeof useRevealsStore.getState>['revealed'];
}

export function useRoomParts(): RoomParts {
  const present = useRoomPresent();
  const watched = useProgressStore((state) => state.watched);
  const whole = useProgressStore((state) => state.whole);
  const revealed = useRevealsStore((state) => state.revealed);
  useEffect(() => {
    if (present.length > 0) void profilesNeeded(present);
  }, [present]);
  return useMemo(
    () => ({ present, watched, whole, revealed }),
    [present, watched, whole, revealed],
  );
}

const built = new WeakMap<ShowState, { room: readonly PersonProgress[]; state: ShowState }>();

const samePeople = (a: readonly PersonProgress[], b: readonly PersonProgress[]) =>
  a.length === b.length &&
  a.every((person, i) => person.watched === b[i]?.watched && person.revealed === b[i]?.revealed);

/**
 * A show's state for the people present: covered while any of them loads; the same object while
 * nothing of theirs on this show changed, so views built from it stay memoised.
 */
export function roomShowState(state: ShowState, parts: RoomParts): ShowState {
  if (parts.present.length === 0) return state;
  const loaded = parts.present.every(
    (id) => parts.whole.includes(id) && ownEntry(parts.revealed, id) !== undefined,
  );
  if (!loaded) return { ...state, progressLoaded: false };
  const room = parts.present.map((id) => ({
    watched: watchedOf(parts.watched, id, state.showId),
    revealed: revealedOf(parts.revealed, id, state.showId),
  }));
  const cached = built.get(state);
  if (cached && samePeople(cached.room, room)) return cached.state;
  const together = withRoom(state, room);
  built.set(state, { room, state: together });
  return together;
}

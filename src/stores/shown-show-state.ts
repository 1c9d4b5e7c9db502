import type { ShowState } from '../domain/show-state';
import { roomShowState, type RoomParts } from './room-states';

const held = new WeakMap<ShowState, { safeUpTo: string; state: ShowState }>();

/** The state held to a shared link's "safe up to"; the same object while neither changes. */
function heldTo(state: ShowState, safeUpTo: string | undefined): ShowState {
  if (safeUpTo === undefined) return state;
  const cached = held.get(state);
  if (cached?.safeUpTo === safeUpTo) return cached.state;
  const capped = { ...state, safeUpTo };
  held.set(state, { safeUpTo, state: capped });
  return capped;
}

/**
 * What a page may show of a show as stored: what everyone watching together may see, held to
 * the "safe up to" value a shared link holds for it. Every page view's ShowState comes from here
 * (through use-show-state.ts), so no page can leave the room or the cap out.
 */
export function shownShowState(
  stored: ShowState,
  room: RoomParts,
  safeUpTo: string | undefined,
): ShowState {
  return heldTo(roomShowState(stored, room), safeUpTo);
}

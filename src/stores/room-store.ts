import { create } from 'zustand';
import { activeProfileId } from './active-profile';

/**
 * Who is watching together: the ids of the profiles present, held for this tab's session. A room
 * is a moment at one shared screen, so a new tab, or the same browser tomorrow, starts alone. It
 * is on while two or more profiles that still exist are present.
 */

const SESSION_KEY = 'previously.room';

function fromSession(): readonly string[] {
  try {
    const held: unknown = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? '[]');
    return Array.isArray(held) ? held.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

export const useRoomStore = create<{ present: readonly string[] }>()(() => ({
  present: fromSession(),
}));

export function roomChosen(present: readonly string[]): void {
  useRoomStore.setState({ present });
  try {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(present));
  } catch {
    // Without session storage the room is held in memory, for this page only.
  }
}

export function roomLeft(): void {
  roomChosen([]);
}

const NO_ONE: readonly string[] = [];

const together = (present: readonly string[]) => (present.length >= 2 ? present : NO_ONE);

/** The profiles present while watching together; none while watching alone. */
export const useRoomPresent = () => useRoomStore((state) => together(state.present));

/** Whom a mark or a reveal is for: everyone present while watching together, else the viewer. */
export function profilesActedFor(): readonly string[] {
  const present = together(useRoomStore.getState().present);
  return present.length > 0 ? present : [activeProfileId()];
}

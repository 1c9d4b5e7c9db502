import { create } from 'zustand';
import { ownEntry } from './own-entry';

/**
 * What the user is peeking at this moment, per show: reveal keys that the gate shows for a few
 * seconds. Held in memory only, never persisted, never listed with reveals; each peek ends by
 * itself when its time is up, whatever page is open then.
 */
interface PeeksState {
  peeked: Readonly<Record<string, ReadonlySet<string>>>;
  /** When each peek ends (Date.now() time), by peekId(showId, revealKey). */
  endsAt: Readonly<Record<string, number>>;
}

export const usePeeksStore = create<PeeksState>()(() => ({ peeked: {}, endsAt: {} }));

const timers = new Map<string, ReturnType<typeof setTimeout>>();

const peekId = (showId: string, revealKey: string) => `${showId}\n${revealKey}`;

function peekedSetChanged(showId: string, change: (keys: Set<string>) => void) {
  usePeeksStore.setState((state) => {
    const keys = new Set(ownEntry(state.peeked, showId));
    change(keys);
    return { peeked: { ...state.peeked, [showId]: keys } };
  });
}

export function itemPeeked(showId: string, revealKey: string, seconds: number): void {
  const id = peekId(showId, revealKey);
  clearTimeout(timers.get(id));
  timers.set(
    id,
    setTimeout(() => peekEnded(showId, revealKey), seconds * 1000),
  );
  usePeeksStore.setState((state) => ({
    endsAt: { ...state.endsAt, [id]: Date.now() + seconds * 1000 },
  }));
  peekedSetChanged(showId, (keys) => keys.add(revealKey));
}

export function peekEnded(showId: string, revealKey: string): void {
  const id = peekId(showId, revealKey);
  if (ownEntry(usePeeksStore.getState().endsAt, id) === undefined) return;
  clearTimeout(timers.get(id));
  timers.delete(id);
  peekedSetChanged(showId, (keys) => keys.delete(revealKey));
  usePeeksStore.setState((state) => ({
    endsAt: Object.fromEntries(Object.entries(state.endsAt).filter(([other]) => other !== id)),
  }));
}

/** When a running peek ends; undefined once it has. */
export const usePeekEndsAt = (showId: string, revealKey: string) =>
  usePeeksStore((state) => ownEntry(state.endsAt, peekId(showId, revealKey)));

/** Ends every peek at once: a reload, or a test starting afresh. */
export function peeksEnded(): void {
  for (const timer of timers.values()) clearTimeout(timer);
  timers.clear();
  usePeeksStore.setState({ peeked: {}, endsAt: {} });
}

import { ownEntry } from './own-entry';
import { usePeeksStore } from './peeks-store';

/**
 * Starting and ending peeks, with the timers that end them: apart from the peeks store, which
 * the gate of every page reads, so the library, which peeks at nothing, does not carry them.
 */

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
  itemsPeeked(showId, [revealKey], seconds);
}

/** Peeks at several items for the same time, as one: they show, and are covered, together. */
export function itemsPeeked(showId: string, revealKeys: readonly string[], seconds: number): void {
  const endsAt = Date.now() + seconds * 1000;
  for (const revealKey of revealKeys) {
    const id = peekId(showId, revealKey);
    clearTimeout(timers.get(id));
    timers.set(
      id,
      setTimeout(() => peeksDue(showId, endsAt), seconds * 1000),
    );
  }
  usePeeksStore.setState((state) => ({
    endsAt: {
      ...state.endsAt,
      ...Object.fromEntries(revealKeys.map((key) => [peekId(showId, key), endsAt])),
    },
  }));
  peekedSetChanged(showId, (keys) => revealKeys.forEach((key) => keys.add(key)));
}

/** Ends at once every peek of the show that was to end by `time`: those started together. */
function peeksDue(showId: string, time: number): void {
  const { endsAt, peeked } = usePeeksStore.getState();
  const due = [...(ownEntry(peeked, showId) ?? [])].filter(
    (key) => (ownEntry(endsAt, peekId(showId, key)) ?? Infinity) <= time,
  );
  peeksCovered(showId, due);
}

/** "Cover now", or their time is up: the items are covered again, all in one change. */
export function peeksCovered(showId: string, revealKeys: readonly string[]): void {
  const ids = new Set(revealKeys.map((key) => peekId(showId, key)));
  const { endsAt } = usePeeksStore.getState();
  if (![...ids].some((id) => ownEntry(endsAt, id) !== undefined)) return;
  for (const id of ids) {
    clearTimeout(timers.get(id));
    timers.delete(id);
  }
  peekedSetChanged(showId, (keys) => revealKeys.forEach((key) => keys.delete(key)));
  usePeeksStore.setState((state) => ({
    endsAt: Object.fromEntries(Object.entries(state.endsAt).filter(([id]) => !ids.has(id))),
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

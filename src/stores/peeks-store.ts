import { create } from 'zustand';

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

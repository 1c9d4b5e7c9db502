import { ownEntry } from './own-entry';
import { usePeeksStore } from './peeks-store';
import { peeksCovered } from './peek-actions';

/**
 * Peeks at the spoiler shield's masked sentences are kept with the other peeks, under a name no
 * show id can take (ids are slugs). Only sentence keys are held there, never the text.
 */
export const SHIELD_PEEKS_ID = 'spoiler shield';

const NONE: ReadonlySet<string> = new Set();

export const useShieldPeeks = () =>
  usePeeksStore((state) => ownEntry(state.peeked, SHIELD_PEEKS_ID) ?? NONE);

/** A new text or show, or the page left: the keys would name other sentences now. */
export const shieldPeeksEnded = () =>
  peeksCovered(SHIELD_PEEKS_ID, [
    ...(ownEntry(usePeeksStore.getState().peeked, SHIELD_PEEKS_ID) ?? []),
  ]);

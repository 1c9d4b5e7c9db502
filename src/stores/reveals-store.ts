import { create } from 'zustand';
import { readRevealed } from '../storage/repository';
import { currentDatabase } from './database-handle';
import {
  NO_KEYS,
  setOf,
  withProfileLoaded,
  withShowSet,
  type SetsByProfile,
  type SetsByShow,
} from './profile-sets';

/** A profile's revealed items by show. */
export type RevealedByShow = SetsByShow;

interface RevealsState {
  /** Each loaded profile's reveals; a profile still loading has no entry. */
  revealed: SetsByProfile;
}

export const NOTHING_REVEALED = NO_KEYS;

export const useRevealsStore = create<RevealsState>()(() => ({ revealed: {} }));

/** What a profile revealed of a show; nothing while it loads. */
export const revealedOf = setOf;

export function revealsLoaded(
  profileId: string,
  revealed: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  useRevealsStore.setState((state) => ({
    revealed: withProfileLoaded(state.revealed, profileId, revealed),
  }));
}

/** Forgets every profile's reveals, as before a fresh load. */
export function revealsUnloaded(): void {
  useRevealsStore.setState({ revealed: {} });
}

/** Sets what one profile revealed of a show, unless that profile is still loading. */
export function showRevealedSet(
  profileId: string,
  showId: string,
  revealed: ReadonlySet<string>,
): void {
  useRevealsStore.setState((state) => ({
    revealed: withShowSet(state.revealed, profileId, showId, revealed),
  }));
}

/** Another tab changed this show's reveals: take what storage now holds, for every loaded profile. */
export async function revealsChangedElsewhere(showId: string): Promise<void> {
  for (const profileId of Object.keys(useRevealsStore.getState().revealed)) {
    showRevealedSet(profileId, showId, await readRevealed(currentDatabase(), profileId, showId));
  }
}

import { create } from 'zustand';
import { readRevealed } from '../storage/repository';
import { currentDatabase } from './database-handle';
import {
  NO_KEYS,
  setOf,
  showSets,
  withProfileLoaded,
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

const revealedSets = showSets(
  () => useRevealsStore.getState().revealed,
  (update) => useRevealsStore.setState((state) => ({ revealed: update(state.revealed) })),
  // A loaded profile holds every show's reveals, those without any too.
  () => Object.keys(useRevealsStore.getState().revealed),
  (profileId, showId) => readRevealed(currentDatabase(), profileId, showId),
);

/** Sets what one profile revealed of a show, unless that profile is still loading. */
export const showRevealedSet = revealedSets.showSet;

/** Another tab changed this show's reveals: take what storage now holds, for every loaded profile. */
export const revealsChangedElsewhere = revealedSets.changedElsewhere;

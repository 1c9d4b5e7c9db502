import { create } from 'zustand';
import { readRevealed } from '../storage/repository';
import { currentDatabase } from './database-handle';
import { ownEntry } from './own-entry';

/** A profile's revealed items by show. */
export type RevealedByShow = Readonly<Record<string, ReadonlySet<string>>>;

interface RevealsState {
  /** Each loaded profile's reveals; a profile still loading has no entry. */
  revealed: Readonly<Record<string, RevealedByShow>>;
}

export const NOTHING_REVEALED: ReadonlySet<string> = new Set();

export const useRevealsStore = create<RevealsState>()(() => ({ revealed: {} }));

/** What a profile revealed of a show; nothing while it loads. */
export function revealedOf(
  revealed: RevealsState['revealed'],
  profileId: string,
  showId: string,
): ReadonlySet<string> {
  const ofProfile = ownEntry(revealed, profileId);
  return (ofProfile && ownEntry(ofProfile, showId)) ?? NOTHING_REVEALED;
}

export function revealsLoaded(
  profileId: string,
  revealed: ReadonlyMap<string, ReadonlySet<string>>,
): void {
  useRevealsStore.setState((state) => ({
    revealed: { ...state.revealed, [profileId]: Object.fromEntries(revealed) },
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
  useRevealsStore.setState((state) => {
    const ofProfile = ownEntry(state.revealed, profileId);
    if (!ofProfile) return state;
    return { revealed: { ...state.revealed, [profileId]: { ...ofProfile, [showId]: revealed } } };
  });
}

/** Another tab changed this show's reveals: take what storage now holds, for every loaded profile. */
export async function revealsChangedElsewhere(showId: string): Promise<void> {
  for (const profileId of Object.keys(useRevealsStore.getState().revealed)) {
    showRevealedSet(profileId, showId, await readRevealed(currentDatabase(), profileId, showId));
  }
}

import { create } from 'zustand';
import { sharedByAll } from '../domain/show-state';
import { clearRevealed, readRevealed, saveRevealed } from '../storage/repository';
import { activeProfileId } from './active-profile';
import { currentDatabase } from './database-handle';
import { persist } from './persist';
import { ownEntry } from './own-entry';
import { profilesActedFor } from './room-store';

/** A profile's revealed items by show. */
export type RevealedByShow = Readonly<Record<string, ReadonlySet<string>>>;

interface RevealsState {
  /** Each loaded profile's reveals; a profile still loading has no entry. */
  revealed: Readonly<Record<string, RevealedByShow>>;
}

const NOTHING_REVEALED: ReadonlySet<string> = new Set();

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

export const activeRevealed = (showId: string) =>
  revealedOf(useRevealsStore.getState().revealed, activeProfileId(), showId);

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

function showRevealedSet(profileId: string, showId: string, revealed: ReadonlySet<string>): void {
  useRevealsStore.setState((state) => {
    const ofProfile = ownEntry(state.revealed, profileId);
    if (!ofProfile) return state;
    return { revealed: { ...state.revealed, [profileId]: { ...ofProfile, [showId]: revealed } } };
  });
}

/** Reveals or hides again items for the active profile, or for everyone watching together. */
async function revealsChanged(
  showId: string,
  revealKeys: readonly string[],
  revealed: boolean,
  what: string,
): Promise<void> {
  await Promise.all(
    profilesActedFor().map((profileId) => {
      const next = new Set(revealedOf(useRevealsStore.getState().revealed, profileId, showId));
      for (const revealKey of revealKeys) {
        if (revealed) next.add(revealKey);
        else next.delete(revealKey);
      }
      showRevealedSet(profileId, showId, next);
      return persist(
        what,
        (database) => saveRevealed(database, profileId, showId, revealKeys, revealed),
        { type: 'reveals', showId },
      );
    }),
  );
}

export const itemsRevealed = (showId: string, revealKeys: readonly string[]) =>
  revealsChanged(showId, revealKeys, true, 'what you revealed');

export const itemRevealed = (showId: string, revealKey: string) =>
  itemsRevealed(showId, [revealKey]);

export const itemsHiddenAgain = (showId: string, revealKeys: readonly string[]) =>
  revealsChanged(
    showId,
    revealKeys,
    false,
    revealKeys.length === 1 ? 'hiding that item again' : 'hiding those items again',
  );

export const itemHiddenAgain = (showId: string, revealKey: string) =>
  itemsHiddenAgain(showId, [revealKey]);

export async function allHiddenAgain(showId: string): Promise<void> {
  const present = profilesActedFor();
  if (present.length > 1) {
    // Together, the list holds what everyone present revealed: that is what goes.
    const { revealed } = useRevealsStore.getState();
    const shared = sharedByAll(present.map((profileId) => revealedOf(revealed, profileId, showId)));
    return itemsHiddenAgain(showId, [...shared]);
  }
  const profileId = activeProfileId();
  showRevealedSet(profileId, showId, NOTHING_REVEALED);
  await persist(
    'hiding everything again',
    (database) => clearRevealed(database, profileId, showId),
    { type: 'reveals', showId },
  );
}

/** Another tab changed this show's reveals: take what storage now holds, for every loaded profile. */
export async function revealsChangedElsewhere(showId: string): Promise<void> {
  for (const profileId of Object.keys(useRevealsStore.getState().revealed)) {
    showRevealedSet(profileId, showId, await readRevealed(currentDatabase(), profileId, showId));
  }
}

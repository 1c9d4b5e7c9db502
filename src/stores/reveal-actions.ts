import { sharedByAll } from '../domain/show-state';
import { clearRevealed, saveRevealed } from '../storage/repository';
import { activeProfileId } from './active-profile';
import { persist } from './persist';
import { NOTHING_REVEALED, revealedOf, showRevealedSet, useRevealsStore } from './reveals-store';
import { profilesActedFor } from './room-store';

/**
 * Revealing and hiding again, for the viewer or everyone watching together: apart from the
 * reveals store, so the library, which reveals nothing, does not carry them.
 */

export const activeRevealed = (showId: string) =>
  revealedOf(useRevealsStore.getState().revealed, activeProfileId(), showId);

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

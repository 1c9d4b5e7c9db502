import { create } from 'zustand';
import type { Profile } from '../storage/database';
import { loadProfiles, saveActiveProfile } from '../storage/profiles-repository';
import { loadProgressSummaries } from '../storage/progress-summaries';
import { loadProfileItems, loadRevealed } from '../storage/repository';
import { activeProfileId, useActiveProfileId, useActiveProfileStore } from './active-profile';
import { currentDatabase } from './database-handle';
import { noticeShown } from './notices-store';
import { ownEntry } from './own-entry';
import { persist } from './persist';
import { progressSummariesLoaded, useProgressStore, wholeProgressLoaded } from './progress-store';
import { revealsLoaded, useRevealsStore } from './reveals-store';

export type { Profile };
export { useActiveProfileId };

interface ProfilesState {
  /** Oldest first; a profile whose deletion can still be undone is left out. */
  profiles: readonly Profile[];
  /** Deleted on screen, and deleted in storage once the user leaves the page. */
  deleting: readonly Profile[];
}

export const useProfilesStore = create<ProfilesState>()(() => ({ profiles: [], deleting: [] }));

export const useProfiles = () => useProfilesStore((state) => state.profiles);

export function profilesLoaded(profiles: readonly Profile[], activeId: string): void {
  useProfilesStore.setState({ profiles, deleting: [] });
  useActiveProfileStore.setState({ activeProfileId: activeId });
}

export function profilesUnloaded(): void {
  profileLoads.clear();
  useProfilesStore.setState({ profiles: [], deleting: [] });
  useActiveProfileStore.setState(useActiveProfileStore.getInitialState());
}

const profileLoads = new Map<string, Promise<void>>();

/**
 * How much of a profile's progress a page needs: each show's counts for the library (the active
 * profile), or every watched set (the people present watching together).
 */
type ProfileRead = 'summaries' | 'whole';

async function readProfile(profileId: string, read: ProfileRead): Promise<void> {
  try {
    const database = currentDatabase();
    if (read === 'whole') {
      const { watched, revealed } = await loadProfileItems(database, profileId);
      // Reveals first: a profile counts as loaded once its progress is there.
      revealsLoaded(profileId, revealed);
      wholeProgressLoaded(profileId, watched);
    } else {
      const [revealed, summaries] = await Promise.all([
        loadRevealed(database, profileId),
        loadProgressSummaries(database, profileId),
      ]);
      revealsLoaded(profileId, revealed);
      progressSummariesLoaded(profileId, summaries);
    }
  } catch (error) {
    profileLoads.delete(`${read}:${profileId}`);
    noticeShown(
      `That profile's progress could not be read (${String(error)}). Reload to try again.`,
    );
  }
}

function isHeld(profileId: string, read: ProfileRead): boolean {
  const progress = useProgressStore.getState();
  const held = read === 'whole' ? progress.whole : Object.keys(progress.summaries);
  return (
    held.includes(profileId) &&
    ownEntry(useRevealsStore.getState().revealed, profileId) !== undefined
  );
}

/** Reads these profiles' progress and reveals, once each, unless already held. */
export function profilesNeeded(
  profileIds: readonly string[],
  read: ProfileRead = 'whole',
): Promise<void> {
  return Promise.all(
    profileIds.map((profileId) => {
      if (isHeld(profileId, read)) return Promise.resolve();
      const key = `${read}:${profileId}`;
      const pending = profileLoads.get(key) ?? readProfile(profileId, read);
      profileLoads.set(key, pending);
      return pending;
    }),
  ).then(() => undefined);
}

/** Makes another profile the one whose progress, reveals and notes every page shows. */
export async function profileSwitched(profileId: string): Promise<void> {
  if (!useProfilesStore.getState().profiles.some((profile) => profile.id === profileId)) return;
  useActiveProfileStore.setState({ activeProfileId: profileId });
  await Promise.all([
    profilesNeeded([profileId], 'summaries'),
    persist('your choice of profile', (database) => saveActiveProfile(database, profileId), {
      type: 'settings',
    }),
  ]);
}

/** Another tab changed the profiles: take the list storage now holds. */
export async function profilesChangedElsewhere(): Promise<void> {
  const { profiles, activeProfileId: stored } = await loadProfiles(currentDatabase());
  const active = profiles.some((profile) => profile.id === activeProfileId())
    ? activeProfileId()
    : stored;
  const { deleting } = useProfilesStore.getState();
  useProfilesStore.setState({
    profiles: profiles.filter((profile) => !deleting.some((each) => each.id === profile.id)),
  });
  if (active !== activeProfileId()) await profileSwitched(active);
}

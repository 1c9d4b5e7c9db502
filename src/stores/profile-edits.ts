import { checkedProfileName, type ProfileNameResult } from '../domain/profile-name';
import { isolated } from '../domain/isolated';
import type { Profile } from '../storage/database';
import {
  deleteProfile,
  profileCounts,
  saveProfile,
  type ProfileCounts,
} from '../storage/profile-changes';
import { activeProfileId } from './active-profile';
import { currentDatabase } from './database-handle';
import { undoDismissed, undoOffered } from './notices-store';
import { persist } from './persist';
import { profileSwitched, useProfilesStore } from './profiles-store';
import { progressSummariesLoaded, wholeProgressLoaded } from './progress-store';
import { revealsLoaded } from './reveals-store';

/**
 * Adding, renaming and deleting profiles, which only Settings offers: kept apart from the
 * profiles store so the first page does not carry them.
 */

export type { ProfileCounts };

const otherNames = (exceptId: string | null) =>
  [...useProfilesStore.getState().profiles, ...useProfilesStore.getState().deleting]
    .filter((profile) => profile.id !== exceptId)
    .map((profile) => profile.name);

/** "profile-<time>-<random>": unique, and in the order the profiles were made. */
function newProfileId(now: number): string {
  const random = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return `profile-${now.toString(36)}-${random.toString(36)}`;
}

/** Makes a profile with nothing watched; answers the checked name, or why it was refused. */
export async function profileCreated(typed: string): Promise<ProfileNameResult> {
  const checked = checkedProfileName(typed, otherNames(null));
  if (!checked.ok) return checked;
  const now = Date.now();
  const profile: Profile = { id: newProfileId(now), name: checked.name, createdAt: now };
  useProfilesStore.setState((state) => ({ profiles: [...state.profiles, profile] }));
  // A new profile has nothing yet: held as loaded, so switching to it shows at once.
  revealsLoaded(profile.id, new Map());
  progressSummariesLoaded(profile.id, new Map());
  wholeProgressLoaded(profile.id, new Map());
  await persist('the new profile', (database) => saveProfile(database, profile), {
    type: 'profiles',
  });
  return checked;
}

export async function profileRenamed(profileId: string, typed: string): Promise<ProfileNameResult> {
  const checked = checkedProfileName(typed, otherNames(profileId));
  const profile = useProfilesStore.getState().profiles.find((each) => each.id === profileId);
  if (!checked.ok || !profile) return checked;
  const renamed = { ...profile, name: checked.name };
  useProfilesStore.setState((state) => ({
    profiles: state.profiles.map((each) => (each.id === profileId ? renamed : each)),
  }));
  await persist('the profile name', (database) => saveProfile(database, renamed), {
    type: 'profiles',
  });
  return checked;
}

/** What deleting a profile would take with it, for the question asked first. */
export const profileCountsRead = (profileId: string): Promise<ProfileCounts> =>
  profileCounts(currentDatabase(), profileId);

/** The offers to undo deletions not yet made in storage, withdrawn once they are made. */
const deletionUndoIds: number[] = [];

/**
 * Deletes a profile on screen and offers to undo it; storage deletes it (with its progress,
 * reveals and notes) when the user leaves the page. The last profile stays.
 */
export function profileDeleted(profileId: string): void {
  const { profiles } = useProfilesStore.getState();
  const profile = profiles.find((each) => each.id === profileId);
  const remaining = profiles.filter((each) => each.id !== profileId);
  if (!profile || remaining.length === 0) return;
  const wasActive = activeProfileId() === profileId;
  useProfilesStore.setState((state) => ({
    profiles: remaining,
    deleting: [...state.deleting, profile],
  }));
  if (wasActive && remaining[0]) void profileSwitched(remaining[0].id);
  const undoId = undoOffered(`deleted the profile ${isolated(profile.name)}`, () => {
    const { deleting } = useProfilesStore.getState();
    if (!deleting.some((each) => each.id === profileId)) return;
    useProfilesStore.setState((state) => ({
      profiles: [...state.profiles, profile].sort((a, b) => a.createdAt - b.createdAt),
      deleting: state.deleting.filter((each) => each.id !== profileId),
    }));
    if (wasActive) void profileSwitched(profileId);
  });
  deletionUndoIds.push(undoId);
}

/** The user left the page where they deleted profiles: the deletions can no longer be undone. */
export async function profileDeletionsCommitted(): Promise<void> {
  const { deleting } = useProfilesStore.getState();
  if (deleting.length === 0) return;
  useProfilesStore.setState({ deleting: [] });
  deletionUndoIds.splice(0).forEach(undoDismissed);
  for (const profile of deleting) {
    await persist(
      `deleting ${isolated(profile.name)}`,
      (database) => deleteProfile(database, profile.id),
      { type: 'profiles' },
    );
  }
}

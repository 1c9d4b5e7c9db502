import * as v from 'valibot';
import { FIRST_PROFILE, profileRange, type PreviouslyDatabase, type Profile } from './database';

/** The settings key of the profile this browser chose last; not part of a backup. */
export const ACTIVE_PROFILE_KEY = 'activeProfileId';

const profileSchema = v.object({ id: v.string(), name: v.string(), createdAt: v.number() });

/** The readable profiles, oldest first; never none, as every mark belongs to one. */
export function readProfiles(values: readonly unknown[]): Profile[] {
  const profiles = values
    .flatMap((value) => {
      const parsed = v.safeParse(profileSchema, value);
      return parsed.success ? [parsed.output] : [];
    })
    .sort((a, b) => a.createdAt - b.createdAt);
  return profiles.length > 0 ? profiles : [FIRST_PROFILE];
}

/** The chosen profile while it exists, otherwise the first. */
export function activeProfileOf(profiles: readonly Profile[], chosen: unknown): string {
  return (
    profiles.find((profile) => profile.id === chosen)?.id ?? profiles[0]?.id ?? FIRST_PROFILE.id
  );
}

export async function loadProfiles(
  database: PreviouslyDatabase,
): Promise<{ profiles: Profile[]; activeProfileId: string }> {
  const profiles = readProfiles(await database.getAll('profiles'));
  const chosen: unknown = await database.get('settings', ACTIVE_PROFILE_KEY);
  return { profiles, activeProfileId: activeProfileOf(profiles, chosen) };
}

export async function saveProfile(database: PreviouslyDatabase, profile: Profile): Promise<void> {
  await database.put('profiles', profile);
}

export async function saveActiveProfile(
  database: PreviouslyDatabase,
  profileId: string,
): Promise<void> {
  await database.put('settings', profileId, ACTIVE_PROFILE_KEY);
}

/** What deleting a profile takes with it. */
export interface ProfileCounts {
  watched: number;
  revealed: number;
  notes: number;
}

const notesOf = (profileId: string) => IDBKeyRange.bound([profileId], [profileId, []]);

export async function profileCounts(
  database: PreviouslyDatabase,
  profileId: string,
): Promise<ProfileCounts> {
  const read = database.transaction(['progress', 'reveals', 'notes'], 'readonly');
  const [watched, revealed, notes] = await Promise.all([
    read.objectStore('progress').count(profileRange(profileId)),
    read.objectStore('reveals').count(profileRange(profileId)),
    read.objectStore('notes').index('byProfileShow').count(notesOf(profileId)),
  ]);
  return { watched, revealed, notes };
}

/** Deletes a profile with its progress, reveals and notes, in one transaction. */
export async function deleteProfile(
  database: PreviouslyDatabase,
  profileId: string,
): Promise<void> {
  const write = database.transaction(['profiles', 'progress', 'reveals', 'notes'], 'readwrite');
  const noteKeys = await write
    .objectStore('notes')
    .index('byProfileShow')
    .getAllKeys(notesOf(profileId));
  await Promise.all([
    write.objectStore('profiles').delete(profileId),
    write.objectStore('progress').delete(profileRange(profileId)),
    write.objectStore('reveals').delete(profileRange(profileId)),
    ...noteKeys.map((key) => write.objectStore('notes').delete(key)),
    write.done,
  ]);
}

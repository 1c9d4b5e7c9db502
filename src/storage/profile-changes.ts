import { profileRange, type PreviouslyDatabase, type Profile } from './database';

/** The writes of profiles that only Settings makes: apart from what start-up reads. */

export async function saveProfile(database: PreviouslyDatabase, profile: Profile): Promise<void> {
  await database.put('profiles', profile);
}

/** What deleting a profile takes with it. */
export interface ProfileCounts {
  watched: number;
  revealed: number;
  notes: number;
}

export async function profileCounts(
  database: PreviouslyDatabase,
  profileId: string,
): Promise<ProfileCounts> {
  const read = database.transaction(['progress', 'reveals', 'notes'], 'readonly');
  const [watched, revealed, notes] = await Promise.all([
    read.objectStore('progress').count(profileRange(profileId)),
    read.objectStore('reveals').count(profileRange(profileId)),
    read.objectStore('notes').index('byProfileShow').count(profileRange(profileId)),
  ]);
  return { watched, revealed, notes };
}

/** Deletes a profile with its progress, reveals and notes, in one transaction. */
export async function deleteProfile(
  database: PreviouslyDatabase,
  profileId: string,
): Promise<void> {
  const write = database.transaction(
    ['profiles', 'progress', 'progressSummaries', 'reveals', 'notes'],
    'readwrite',
  );
  const noteKeys = await write
    .objectStore('notes')
    .index('byProfileShow')
    .getAllKeys(profileRange(profileId));
  await Promise.all([
    write.objectStore('profiles').delete(profileId),
    write.objectStore('progress').delete(profileRange(profileId)),
    write.objectStore('progressSummaries').delete(profileRange(profileId)),
    write.objectStore('reveals').delete(profileRange(profileId)),
    ...noteKeys.map((key) => write.objectStore('notes').delete(key)),
    write.done,
  ]);
}

import * as v from 'valibot';
import { FIRST_PROFILE, type PreviouslyDatabase, type Profile } from './database';
import { standInProfiles, type ProfileRecord, type UnreadableProfile } from './unreadable-profiles';

/** The settings key of the profile this browser chose last; not part of a backup. */
export const ACTIVE_PROFILE_KEY = 'activeProfileId';

const profileSchema = v.object({ id: v.string(), name: v.string(), createdAt: v.number() });

export interface ProfilesRead {
  /** Oldest first, then those standing in for unreadable records; never none, as every mark belongs to one. */
  profiles: Profile[];
  unreadable: UnreadableProfile[];
}

/** The stored profiles, checked: a record that cannot be read keeps its id under a stand-in. */
export function readProfiles(records: readonly ProfileRecord[]): ProfilesRead {
  const readable: Profile[] = [];
  const unreadableRecords: ProfileRecord[] = [];
  for (const record of records) {
    const parsed = v.safeParse(profileSchema, record.value);
    if (parsed.success && parsed.output.id === record.key) readable.push(parsed.output);
    else unreadableRecords.push(record);
  }
  readable.sort((a, b) => a.createdAt - b.createdAt);
  const unreadable = standInProfiles(unreadableRecords, readable);
  const profiles = [...readable, ...unreadable.map(({ standIn }) => standIn)];
  return { profiles: profiles.length > 0 ? profiles : [FIRST_PROFILE], unreadable };
}

/** Each profile record with its key, as readProfiles takes them. */
export const profileRecords = (keys: readonly IDBValidKey[], values: readonly unknown[]) =>
  keys.map((key, index): ProfileRecord => ({ key, value: values[index] }));

/** The chosen profile while it exists, otherwise the first. */
export function activeProfileOf(profiles: readonly Profile[], chosen: unknown): string {
  return (
    profiles.find((profile) => profile.id === chosen)?.id ?? profiles[0]?.id ?? FIRST_PROFILE.id
  );
}

export async function loadProfiles(
  database: PreviouslyDatabase,
): Promise<{ profiles: Profile[]; activeProfileId: string }> {
  const read = database.transaction('profiles');
  const [keys, values] = await Promise.all([read.store.getAllKeys(), read.store.getAll()]);
  const { profiles } = readProfiles(profileRecords(keys, values));
  const chosen: unknown = await database.get('settings', ACTIVE_PROFILE_KEY);
  return { profiles, activeProfileId: activeProfileOf(profiles, chosen) };
}

export async function saveActiveProfile(
  database: PreviouslyDatabase,
  profileId: string,
): Promise<void> {
  await database.put('settings', profileId, ACTIVE_PROFILE_KEY);
}

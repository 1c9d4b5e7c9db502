import type { PreviouslyDatabase, Profile } from './database';

/** A stored profile record as read, key and all, before it is checked. */
export interface ProfileRecord {
  key: IDBValidKey;
  value: unknown;
}

/** A profile record that could not be read, and the profile that stands in for it. */
export interface UnreadableProfile {
  record: ProfileRecord;
  standIn: Profile;
}

/**
 * A profile standing in for each record that could not be read, under the record's own id, so
 * the progress, reveals and notes stored under that id keep a profile: they show, a backup lists
 * them, and that backup restores. Named apart from every readable profile, after them in order.
 */
export function standInProfiles(
  unreadable: readonly ProfileRecord[],
  readable: readonly Profile[],
): UnreadableProfile[] {
  const takenNames = new Set(readable.map((profile) => profile.name.toLocaleLowerCase()));
  const latest = Math.max(0, ...readable.map((profile) => profile.createdAt));
  let number = 0;
  return unreadable.map((record, index) => {
    let name: string;
    do {
      number += 1;
      name = `Unreadable profile ${number}`;
    } while (takenNames.has(name.toLocaleLowerCase()));
    return { record, standIn: { id: String(record.key), name, createdAt: latest + index + 1 } };
  });
}

/**
 * Copies each unreadable profile record to quarantine, leaving it where it was, and says so in
 * plain words naming the profile that stands in for it.
 */
export async function unreadableProfilesSetAside(
  database: PreviouslyDatabase,
  unreadable: readonly UnreadableProfile[],
): Promise<string[]> {
  for (const { record } of unreadable) {
    const key = String(record.key);
    await database.put(
      'quarantine',
      {
        store: 'profiles',
        key,
        value: record.value,
        reason: 'stored profile could not be read',
        at: Date.now(),
      },
      `profiles/${key}`,
    );
  }
  return unreadable.map(
    ({ standIn }) =>
      `A saved profile could not be read. It was kept aside unchanged, and its progress, reveals and notes are kept under “${standIn.name}”, which you can rename in Settings; a full backup includes them.`,
  );
}

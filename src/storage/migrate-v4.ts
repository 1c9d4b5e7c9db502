import type { IDBPTransaction, StoreNames } from 'idb';
import { FIRST_PROFILE, type PreviouslySchema, type StoredNoteRecord } from './database-schema';

/**
 * Version 4 kept one viewer's progress, reveals and notes. Version 5 keeps them per profile: every
 * mark, reveal and note stored before belongs to the first profile, which the upgrade created.
 * Progress and reveals keyed [showId, item] move to [first profile, showId, item]; each note gains
 * the first profile's id. Nothing is dropped: a record whose key is not of the old form stays.
 */

type UpgradeTransaction = IDBPTransaction<
  PreviouslySchema,
  StoreNames<PreviouslySchema>[],
  'versionchange'
>;

async function keyedByFirstProfile(
  transaction: UpgradeTransaction,
  storeName: 'progress' | 'reveals',
): Promise<void> {
  const store = transaction.objectStore(storeName);
  const keys: IDBValidKey[] = await store.getAllKeys();
  for (const key of keys) {
    if (!Array.isArray(key) || key.length !== 2) continue;
    const [showId, item] = key;
    if (typeof showId !== 'string' || typeof item !== 'string') continue;
    const record = await store.get(key as never);
    if (record === undefined) continue;
    await store.put(record as never, [FIRST_PROFILE.id, showId, item]);
    await store.delete(key as never);
  }
}

async function notesOfFirstProfile(transaction: UpgradeTransaction): Promise<void> {
  let cursor = await transaction.objectStore('notes').openCursor();
  while (cursor) {
    const note: unknown = cursor.value;
    // An unreadable record stays as it was, for the app to set aside when it reads it.
    if (typeof note === 'object' && note !== null && !('profileId' in note)) {
      await cursor.update({ ...(note as StoredNoteRecord), profileId: FIRST_PROFILE.id });
    }
    cursor = await cursor.continue();
  }
}

export async function storedForFirstProfile(transaction: UpgradeTransaction): Promise<void> {
  await keyedByFirstProfile(transaction, 'progress');
  await keyedByFirstProfile(transaction, 'reveals');
  await notesOfFirstProfile(transaction);
}

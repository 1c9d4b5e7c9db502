import type { IDBPTransaction, StoreNames } from 'idb';
import * as v from 'valibot';
import type { PreviouslySchema } from './database-schema';
import { summaryWritesOf } from './show-summaries';
import { storedEntriesSchema, storedShowSchema } from './stored-schemas';

/**
 * Version 6 opens the library from a summary of each show instead of the whole show. The upgrade
 * writes one for every readable show, from its record and recaps (and from version 8, the chunks
 * of its episodes' heads); a show that cannot be read gets none, so the app reads it at start-up,
 * sets it aside and says so, as before.
 */

type UpgradeTransaction = IDBPTransaction<
  PreviouslySchema,
  StoreNames<PreviouslySchema>[],
  'versionchange'
>;

export async function summariesOfStoredShows(transaction: UpgradeTransaction): Promise<void> {
  const entries = transaction.objectStore('entries');
  let cursor = await transaction.objectStore('shows').openCursor();
  while (cursor) {
    const key = cursor.key;
    const show = v.safeParse(storedShowSchema, cursor.value);
    if (show.success && show.output.show.id === key) {
      const stored = v.safeParse(storedEntriesSchema, (await entries.get(key)) ?? []);
      // Unreadable recaps stay covered: no catch-up link until they are imported again.
      await Promise.all(
        summaryWritesOf(transaction, show.output, stored.success ? stored.output : []),
      );
    }
    cursor = await cursor.continue();
  }
}

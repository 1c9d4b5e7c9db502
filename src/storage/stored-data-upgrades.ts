import type { IDBPTransaction, StoreNames } from 'idb';
import type { PreviouslyDatabase, PreviouslySchema } from './database-schema';
import { migrateFromVersion1 } from './migrate-v1';
import { pinRevealsToContent } from './migrate-v2';
import { putCodesInOneForm } from './migrate-v3';
import { storedForFirstProfile } from './migrate-v4';
import { summariesOfStoredShows } from './migrate-v5';

/**
 * Brings data an older version stored up to today's form, inside the upgrade's transaction.
 * Each step waits for the one before: version 1's reveals are pinned once migrated, every record
 * is given to the first profile in the form the earlier steps left it, and each show's summary
 * is built last, from the shows as the steps before left them.
 */
export async function storedDataUpgraded(
  database: PreviouslyDatabase,
  oldVersion: number,
  transaction: IDBPTransaction<PreviouslySchema, StoreNames<PreviouslySchema>[], 'versionchange'>,
): Promise<void> {
  if (oldVersion === 1) await migrateFromVersion1(database, transaction);
  if (oldVersion === 1 || oldVersion === 2) await pinRevealsToContent(transaction);
  if (oldVersion >= 1 && oldVersion <= 3) await putCodesInOneForm(transaction);
  if (oldVersion >= 1 && oldVersion <= 4) await storedForFirstProfile(transaction);
  // Version 7's summaries also fingerprint the episode order (progress summaries are counted
  // lazily); version 8 keeps episode titles in chunks beside them (episodeHeads).
  if (oldVersion >= 1 && oldVersion <= 7) await summariesOfStoredShows(transaction);
}

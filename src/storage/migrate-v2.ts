import type { IDBPTransaction, StoreNames } from 'idb';
import * as v from 'valibot';
import type { Entry, Episode } from '../domain/pack';
import { pinLegacyRevealKeys } from '../domain/reveal-keys';
import { legacyKey as legacyKeyOf, type PreviouslySchema } from './database-schema';
import { storedEntriesSchema, storedShowSchema } from './stored-schemas';

/**
 * Version 2 remembered a reveal by the item's id or episode code alone, so a pack that gave that
 * id to other content opened it. Version 3 pins each of those reveals to the content stored now,
 * inside the upgrade, before any page can read them. A reveal whose item cannot be found or read
 * stays as it was; the "Revealed early" list shows it and lets the user hide it.
 */

type UpgradeTransaction = IDBPTransaction<
  PreviouslySchema,
  StoreNames<PreviouslySchema>[],
  'versionchange'
>;

async function showContent(
  transaction: UpgradeTransaction,
  showId: string,
): Promise<{ entries: readonly Entry[]; episodes: readonly Episode[] }> {
  const show = v.safeParse(storedShowSchema, await transaction.objectStore('shows').get(showId));
  const entries = v.safeParse(
    storedEntriesSchema,
    await transaction.objectStore('entries').get(showId),
  );
  return {
    entries: entries.success ? entries.output : [],
    episodes: show.success ? show.output.episodes : [],
  };
}

export async function pinRevealsToContent(transaction: UpgradeTransaction): Promise<void> {
  const reveals = transaction.objectStore('reveals');
  const byShow = new Map<string, string[]>();
  for (const [showId, revealKey] of await reveals.getAllKeys()) {
    byShow.set(showId, [...(byShow.get(showId) ?? []), revealKey]);
  }
  for (const [showId, revealKeys] of byShow) {
    const { entries, episodes } = await showContent(transaction, showId);
    const pinned = pinLegacyRevealKeys(revealKeys, entries, episodes);
    for (const [index, legacyKey] of revealKeys.entries()) {
      const pinnedKey = pinned[index];
      if (pinnedKey === undefined || pinnedKey === legacyKey) continue;
      const record = await reveals.get(legacyKeyOf(showId, legacyKey));
      if (record === undefined) continue;
      await reveals.put(record, legacyKeyOf(showId, pinnedKey));
      await reveals.delete(legacyKeyOf(showId, legacyKey));
    }
  }
}

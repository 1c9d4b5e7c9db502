import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { legacyKey, type PreviouslySchema, type QuarantinedRecord } from './database-schema';
import { UPGRADE_REPORTS_KEY, upgradeReport } from './upgrade-reports';

/**
 * Version 1 kept a show's entries inside its record and a show's progress and reveals as one
 * array each ("progressByShow", "revealsByShow"), so every click rewrote the whole array. Version 2
 * splits them into one record each. Records that cannot be read are kept in quarantine, and
 * reported once the app has started (upgrade-reports.ts).
 */

type UpgradeTransaction = IDBPTransaction<
  PreviouslySchema,
  StoreNames<PreviouslySchema>[],
  'versionchange'
>;

const LEGACY_PROGRESS = 'progressByShow';
const LEGACY_REVEALS = 'revealsByShow';

function stringList(value: unknown, field: string): string[] | null {
  if (typeof value !== 'object' || value === null) return null;
  const list = (value as Record<string, unknown>)[field];
  return Array.isArray(list) && list.every((item) => typeof item === 'string') ? list : null;
}

function quarantined(store: string, key: IDBValidKey, value: unknown): QuarantinedRecord {
  return {
    store,
    key: String(key),
    value,
    reason: 'could not be read while upgrading from version 1',
    at: Date.now(),
  };
}

export async function migrateFromVersion1(
  database: IDBPDatabase<PreviouslySchema>,
  transaction: UpgradeTransaction,
): Promise<void> {
  // The legacy stores are not in the version 2 schema, so they are reached untyped.
  const legacy = (name: string) => transaction.objectStore(name as 'settings');
  const quarantine = transaction.objectStore('quarantine');
  const reports: string[] = [];

  let showCursor = await transaction.objectStore('shows').openCursor();
  while (showCursor) {
    const value: unknown = showCursor.value;
    const entries = (value as { entries?: unknown } | null)?.entries;
    if (Array.isArray(entries)) {
      const { entries: _entries, ...show } = value as { entries: unknown[] };
      await transaction.objectStore('entries').put(entries as never, showCursor.key);
      await showCursor.update(show as never);
    }
    showCursor = await showCursor.continue();
  }

  for (const [storeName, field, target] of [
    [LEGACY_PROGRESS, 'watched', 'progress'],
    [LEGACY_REVEALS, 'revealed', 'reveals'],
  ] as const) {
    const store = legacy(storeName);
    const keys = await store.getAllKeys();
    for (const key of keys) {
      const value = await store.get(key);
      const items = stringList(value, field);
      if (items === null) {
        await quarantine.put(quarantined(storeName, key, value), `${storeName}/${String(key)}`);
        reports.push(upgradeReport(storeName, String(key)));
        continue;
      }
      const at = Date.now();
      for (const item of items) {
        const record = target === 'progress' ? { watchedAt: at } : { revealedAt: at };
        await transaction.objectStore(target).put(record as never, legacyKey(String(key), item));
      }
    }
    database.deleteObjectStore(storeName as 'settings');
  }
  if (reports.length > 0) {
    await transaction.objectStore('settings').put(reports, UPGRADE_REPORTS_KEY);
  }
}

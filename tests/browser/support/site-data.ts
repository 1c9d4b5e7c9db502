import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The app's database, as storage/database.ts names it. */
const DATABASE_NAME = 'previously';

export type SiteData = Record<string, { key: unknown; value: unknown }[]>;

/**
 * Every record of every store in the app's IndexedDB database, read in the page: what a refused
 * file must leave exactly as it was, and what a restore must bring back. Call it only once the
 * app has opened its database: it refuses to create an empty one the app would then upgrade.
 */
export function dumpSiteData(page: Page): Promise<SiteData> {
  return page.evaluate(async (name) => {
    const request = <T>(req: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
    const known = await indexedDB.databases();
    if (!known.some((info) => info.name === name)) {
      throw new Error(`The app has not created its "${name}" database yet`);
    }
    const database = await request(indexedDB.open(name));
    try {
      const dump: Record<string, { key: unknown; value: unknown }[]> = {};
      for (const storeName of [...database.objectStoreNames].sort()) {
        const store = database.transaction(storeName).objectStore(storeName);
        const [keys, values] = await Promise.all([
          request(store.getAllKeys()),
          request(store.getAll()),
        ]);
        dump[storeName] = keys.map((key, index) => ({ key, value: values[index] }));
      }
      return dump;
    } finally {
      database.close();
    }
  }, DATABASE_NAME);
}

/** The keys of one store: progress and reveals record when, which a restore sets anew. */
export function keysOf(data: SiteData, store: string): unknown[] {
  return (data[store] ?? []).map(({ key }) => key);
}

/**
 * Waits until the episodes stored as watched on a show are exactly these codes: a check box shows
 * a mark at once, and its write lands a moment later, so a reload must wait for the write.
 */
export async function untilStoredWatched(
  page: Page,
  showId: string,
  codes: readonly string[],
): Promise<void> {
  const storedCodes = async () =>
    keysOf(await dumpSiteData(page), 'progress')
      .filter((key) => Array.isArray(key) && key[1] === showId)
      .map((key) => (key as string[])[2])
      .sort();
  await expect
    .poll(storedCodes, { message: `${showId}: stored watched codes` })
    .toEqual([...codes].sort());
}

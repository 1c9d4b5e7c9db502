import type { Page } from 'playwright-core';
import { DATABASE_NAME } from '../../src/storage/database';

/** The stores an import writes, each holding one record keyed by the show's id. */
const SHOW_STORES = ['shows', 'entries', 'showSummaries'] as const;
const SCRATCH_DATABASE = 'bench-raw-write';

/**
 * Reads back the records the app stored for a show and returns the milliseconds, inside the page,
 * of writing them again into a scratch database with one readwrite transaction of plain put()
 * calls, once for each of `runs`: what the same browser takes to store the same data and nothing
 * else.
 */
export function rawWriteTimes(page: Page, showId: string, runs: number): Promise<number[]> {
  return page.evaluate(
    async ({ appDatabase, scratch, stores, showId, runs }) => {
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const committed = (transaction: IDBTransaction) =>
        new Promise<void>((resolve, reject) => {
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
          transaction.onabort = () => reject(transaction.error);
        });

      const app = await done(indexedDB.open(appDatabase));
      const reading = app.transaction([...stores], 'readonly');
      const records = await Promise.all(
        stores.map((store) => done(reading.objectStore(store).get(showId))),
      );
      app.close();
      const missing = stores.filter((_, index) => records[index] === undefined);
      if (missing.length > 0) throw new Error(`${showId} is not in ${missing.join(', ')}`);

      const times: number[] = [];
      for (let run = 0; run < runs; run++) {
        await done(indexedDB.deleteDatabase(scratch));
        const opening = indexedDB.open(scratch, 1);
        opening.onupgradeneeded = () => {
          for (const store of stores) opening.result.createObjectStore(store);
        };
        const database = await done(opening);
        const start = performance.now();
        const writing = database.transaction([...stores], 'readwrite');
        stores.forEach((store, index) => writing.objectStore(store).put(records[index], showId));
        await committed(writing);
        times.push(performance.now() - start);
        database.close();
      }
      await done(indexedDB.deleteDatabase(scratch));
      return times;
    },
    { appDatabase: DATABASE_NAME, scratch: SCRATCH_DATABASE, stores: SHOW_STORES, showId, runs },
  );
}

import type { BrowserContext, Page } from 'playwright-core';

export interface StorageWrites {
  operations: number;
  /** Key plus value of every put, add and delete, each measured as UTF-8 JSON. */
  bytes: number;
}

declare global {
  interface Window {
    __storageWrites?: StorageWrites;
  }
}

/** From the next page load on, every IndexedDB put, add and delete in `context` is counted. */
export async function countStorageWrites(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const counts: StorageWrites = { operations: 0, bytes: 0 };
    window.__storageWrites = counts;
    const encoder = new TextEncoder();
    const size = (value: unknown) =>
      value === undefined ? 0 : encoder.encode(JSON.stringify(value) ?? '').length;
    const store = IDBObjectStore.prototype;
    const { put, add, delete: remove } = store;
    store.put = function (value: unknown, key?: IDBValidKey) {
      counts.operations++;
      counts.bytes += size(value) + size(key);
      return put.call(this, value, key);
    };
    store.add = function (value: unknown, key?: IDBValidKey) {
      counts.operations++;
      counts.bytes += size(value) + size(key);
      return add.call(this, value, key);
    };
    store.delete = function (query: IDBValidKey | IDBKeyRange) {
      counts.operations++;
      counts.bytes += size(query);
      return remove.call(this, query);
    };
  });
}

/** What `action` wrote, once its writes have had time to finish. */
export async function storageWritesDuring(
  page: Page,
  action: () => Promise<void>,
): Promise<StorageWrites> {
  await page.evaluate(() => {
    if (!window.__storageWrites) throw new Error('storage writes are not being counted');
    window.__storageWrites.operations = 0;
    window.__storageWrites.bytes = 0;
  });
  await action();
  await page.waitForTimeout(500);
  return page.evaluate(() => ({ ...(window.__storageWrites as StorageWrites) }));
}

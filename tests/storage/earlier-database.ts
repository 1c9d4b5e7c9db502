import type { Pack } from '../../src/domain/pack';

/** Every store versions 2 to 4 of the app had; they differ only in what the records hold. */
const STORES = ['shows', 'settings', 'entries', 'progress', 'reveals', 'quarantine', 'notes'];

/**
 * Version 5 added each viewer's profile, with the first one already there; version 7 had each
 * show's summary (with every episode's title in it) and each profile's counts of a show.
 */
const FIRST_PROFILE_OF_VERSION_5 = { id: 'first', name: 'Me', createdAt: 0 };

/**
 * A database as an earlier version of the app left it, written with the raw IndexedDB API: `show`
 * stored as that version stored a pack, and `fill` writing the rest in the same transaction.
 */
export function createEarlierDatabase(
  name: string,
  version: 2 | 3 | 4 | 5 | 7,
  show: Pack,
  fill: (transaction: IDBTransaction) => void,
) {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, version);
    request.onupgradeneeded = () => {
      const database = request.result;
      for (const store of STORES.filter((store) => store !== 'notes')) {
        database.createObjectStore(store);
      }
      const notes = database.createObjectStore('notes', { keyPath: 'id' });
      notes.createIndex('byShow', 'showId');
      if (version >= 5) {
        notes.createIndex('byProfileShow', ['profileId', 'showId']);
        database.createObjectStore('profiles', { keyPath: 'id' }).put(FIRST_PROFILE_OF_VERSION_5);
      }
      if (version === 7) {
        database.createObjectStore('showSummaries');
        database.createObjectStore('progressSummaries');
      }
    };
    request.onsuccess = () => {
      const database = request.result;
      const stores = version === 7 ? [...STORES, 'showSummaries'] : STORES;
      const transaction = database.transaction(stores, 'readwrite');
      const { episodes, characters, entries } = show;
      transaction.objectStore('shows').put({ show: show.show, episodes, characters }, show.show.id);
      transaction.objectStore('entries').put(entries, show.show.id);
      fill(transaction);
      transaction.oncomplete = () => {
        database.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
    request.onerror = () => reject(request.error);
  });
}

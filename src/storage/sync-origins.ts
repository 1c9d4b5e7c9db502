import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { connectSources } from '../domain/content-security-policy';
import { isSyncOrigin } from '../domain/sync-origin';

/**
 * The sync servers the person chose, in a database of their own: the service worker reads it on
 * every navigation to add them to the page's policy, and needs to know nothing of the app's
 * database and its versions to do so.
 */
interface SyncOriginsSchema extends DBSchema {
  origins: { key: string; value: true };
}

const DATABASE_NAME = 'previously-sync-origins';

async function withSyncOrigins<T>(
  work: (database: IDBPDatabase<SyncOriginsSchema>) => Promise<T>,
): Promise<T> {
  const database = await openSyncOrigins();
  try {
    return await work(database);
  } finally {
    // Closed at once, so a later version of this database never waits on a page left open.
    database.close();
  }
}

function openSyncOrigins() {
  return openDB<SyncOriginsSchema>(DATABASE_NAME, 1, {
    upgrade: (database) => database.createObjectStore('origins'),
  });
}

/** Lets pages loaded from now on connect to `origin`, which must be exactly a URL's `origin`. */
export async function admitSyncOrigin(origin: string): Promise<void> {
  if (!isSyncOrigin(origin)) throw new RangeError(`Not an http or https origin: ${origin}`);
  await withSyncOrigins((database) => database.put('origins', true, origin));
}

/** Pages loaded from now on may no longer connect to `origin`. */
export async function forgetSyncOrigin(origin: string): Promise<void> {
  await withSyncOrigins((database) => database.delete('origins', origin));
}

/** The admitted origins; anything else found in the store is left out. */
export function admittedSyncOrigins(): Promise<string[]> {
  return withSyncOrigins(async (database) =>
    (await database.getAllKeys('origins')).filter(isSyncOrigin),
  );
}

/**
 * Whether this page may connect to `origin`: its own origin, or one its policy lists. A page
 * loaded before the origin was admitted does not list it until it is loaded again; the dev
 * server's page has no policy, and connects anywhere.
 */
export function isAdmittedByThisPage(origin: string): boolean {
  if (origin === window.location.origin) return true;
  const meta = document.querySelector<HTMLMetaElement>(
    'meta[http-equiv="Content-Security-Policy"]',
  );
  return meta === null || connectSources(meta.content).includes(origin);
}

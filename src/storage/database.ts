import { openDB } from 'idb';
import { FIRST_PROFILE, type PreviouslyDatabase, type PreviouslySchema } from './database-schema';

// The records and keys live in database-schema.ts, so the upgrades this file loads can import
// them without importing this file back; everything else takes them from here.
export * from './database-schema';

export const DATABASE_NAME = 'previously';
export const DATABASE_VERSION = 8;

/** What another tab or the browser did to an open connection. */
export interface ConnectionWatch {
  /**
   * Another tab deletes the database or opens a newer version of it. Called just before this
   * connection closes to let it go ahead, so a read started here still completes.
   */
  versionChanging?(change: 'deleted' | 'upgraded'): void;
  /** The browser closed the connection itself (site data cleared, say). */
  terminated?(): void;
}

/** The upgrades of data an older version stored: loaded only when such data is there. */
const loadUpgrades = () => import('./stored-data-upgrades');
type Upgrades = Awaited<ReturnType<typeof loadUpgrades>>;

/** Whether the browser holds this database at an older version; true when it cannot say. */
async function storedByOlderVersion(name: string): Promise<boolean> {
  if (typeof indexedDB.databases !== 'function') return true;
  const stored = (await indexedDB.databases()).find((database) => database.name === name);
  return stored?.version !== undefined && stored.version < DATABASE_VERSION;
}

export async function openDatabase(
  name = DATABASE_NAME,
  onBlocked: () => void = () => undefined,
  watch: ConnectionWatch = {},
): Promise<PreviouslyDatabase> {
  const upgrades = (await storedByOlderVersion(name)) ? await loadUpgrades() : null;
  let upgradesMissing = false;
  try {
    return await openWithUpgrades(name, upgrades, onBlocked, watch, () => {
      upgradesMissing = true;
    });
  } catch (error) {
    // An older version of the app created the database in another tab meanwhile: try again
    // with the upgrades, since the aborted attempt changed nothing.
    if (!upgradesMissing) throw error;
    return openWithUpgrades(name, await loadUpgrades(), onBlocked, watch, () => undefined);
  }
}

function openWithUpgrades(
  name: string,
  upgrades: Upgrades | null,
  onBlocked: () => void,
  watch: ConnectionWatch,
  onUpgradesMissing: () => void,
): Promise<PreviouslyDatabase> {
  return openDB<PreviouslySchema>(name, DATABASE_VERSION, {
    upgrade(database, oldVersion, _newVersion, transaction) {
      if (oldVersion >= 1 && upgrades === null) {
        onUpgradesMissing();
        transaction.done.catch(() => undefined);
        transaction.abort();
        return;
      }
      if (oldVersion < 1) {
        database.createObjectStore('shows');
        database.createObjectStore('settings');
      }
      if (oldVersion < 2) {
        database.createObjectStore('entries');
        database.createObjectStore('progress');
        database.createObjectStore('reveals');
        database.createObjectStore('notes', { keyPath: 'id' }).createIndex('byShow', 'showId');
        database.createObjectStore('quarantine');
      }
      if (oldVersion < 5) {
        void database.createObjectStore('profiles', { keyPath: 'id' }).put(FIRST_PROFILE);
        transaction.objectStore('notes').createIndex('byProfileShow', ['profileId', 'showId']);
      }
      if (oldVersion < 6) database.createObjectStore('showSummaries');
      if (oldVersion < 7) database.createObjectStore('progressSummaries');
      if (oldVersion < 8) database.createObjectStore('episodeHeads');
      if (upgrades !== null) void upgrades.storedDataUpgraded(database, oldVersion, transaction);
    },
    // An older tab that does not let go keeps this one waiting; the user can close it.
    blocked: onBlocked,
    blocking(_currentVersion, blockedVersion, event) {
      // A delete (no new version) or a newer version of the app in another tab: let it go ahead.
      try {
        watch.versionChanging?.(blockedVersion === null ? 'deleted' : 'upgraded');
      } finally {
        (event.target as IDBDatabase).close();
      }
    },
    terminated: () => watch.terminated?.(),
  });
}

/** The key range of records of one profile's show in a store keyed [profileId, showId, …]. */
export function profileShowRange(profileId: string, showId: string): IDBKeyRange {
  return IDBKeyRange.bound([profileId, showId], [profileId, showId, []]);
}

/** The key range of one profile's records in a store keyed [profileId, …]. */
export function profileRange(profileId: string): IDBKeyRange {
  return IDBKeyRange.bound([profileId], [profileId, []]);
}

import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Character, Entry, Episode, ShowInfo } from '../domain/pack';

export const DATABASE_NAME = 'previously';
export const DATABASE_VERSION = 5;

/** A show without its entries; entries sit in their own store so the library opens fast. */
export interface StoredShow {
  show: ShowInfo;
  episodes: Episode[];
  characters: Character[];
}

/** A note the user wrote: an entry of kind "note" that belongs to one show. */
export interface StoredNote extends Entry {
  showId: string;
  updatedAt: number;
}

/** A note as stored: with the profile whose note it is. */
export interface StoredNoteRecord extends StoredNote {
  profileId: string;
}

/** One viewer of this browser, with their own progress, reveals and notes. */
export interface Profile {
  id: string;
  name: string;
  createdAt: number;
}

/** The profile created with the database, which holds everything stored before profiles existed. */
export const FIRST_PROFILE: Profile = { id: 'first', name: 'Me', createdAt: 0 };

export interface QuarantinedRecord {
  store: string;
  key: string;
  value: unknown;
  reason: string;
  at: number;
}

/** [profileId, showId, item]: how progress and reveals are keyed. */
export type ProfileItemKey = [string, string, string];

/** The [showId, item] key of versions 2 to 4, for the upgrades that run before profiles. */
export const legacyKey = (showId: string, item: string) =>
  [showId, item] as unknown as ProfileItemKey;

export interface PreviouslySchema extends DBSchema {
  shows: { key: string; value: StoredShow };
  entries: { key: string; value: Entry[] };
  profiles: { key: string; value: Profile };
  /**
   * One record a watched episode, keyed [profileId, showId, code], so a mark writes a few bytes
   * whatever the library holds.
   */
  progress: { key: ProfileItemKey; value: { watchedAt: number } };
  /** Keyed [profileId, showId, reveal key]; see domain/reveal-keys.ts. */
  reveals: { key: ProfileItemKey; value: { revealedAt: number } };
  notes: {
    key: string;
    value: StoredNoteRecord;
    indexes: { byShow: string; byProfileShow: [string, string] };
  };
  settings: { key: string; value: unknown };
  /** Records that could not be read, kept as they were so nothing is lost. */
  quarantine: { key: string; value: QuarantinedRecord };
}

export type PreviouslyDatabase = IDBPDatabase<PreviouslySchema>;

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

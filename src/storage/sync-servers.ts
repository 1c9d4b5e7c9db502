import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { SYNC_SERVERS_DATABASE } from './sync-servers-name';

/**
 * Which sync server each profile chose, in a database of its own: a backup never carries the
 * password, and the first page never opens it unless a profile syncs.
 */

export interface SyncServer {
  /** The address of the server's database, e.g. `http://127.0.0.1:5984/ana`. */
  address: string;
  user: string;
  password: string;
  paused: boolean;
  /** When everything was last sent and received, in milliseconds since 1970; null before then. */
  syncedAt: number | null;
  /** The local change sequence sent by then: changes after it are waiting. */
  sentSequence: number;
}

interface SyncServersSchema extends DBSchema {
  servers: { key: string; value: SyncServer };
}

let opened: Promise<IDBPDatabase<SyncServersSchema>> | null = null;

const serversDatabase = () =>
  (opened ??= openDB<SyncServersSchema>(SYNC_SERVERS_DATABASE, 1, {
    upgrade: (database) => void database.createObjectStore('servers'),
  }));

export async function syncServers(): Promise<Map<string, SyncServer>> {
  const database = await serversDatabase();
  const [profileIds, servers] = await Promise.all([
    database.getAllKeys('servers'),
    database.getAll('servers'),
  ]);
  return new Map(profileIds.map((profileId, at) => [profileId, servers[at] as SyncServer]));
}

export async function syncServerOf(profileId: string): Promise<SyncServer | undefined> {
  return (await serversDatabase()).get('servers', profileId);
}

export async function syncServerSaved(profileId: string, server: SyncServer): Promise<void> {
  await (await serversDatabase()).put('servers', server, profileId);
}

export async function syncServerForgotten(profileId: string): Promise<void> {
  await (await serversDatabase()).delete('servers', profileId);
}

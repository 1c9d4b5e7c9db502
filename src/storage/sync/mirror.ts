import PouchDB, { type PouchDatabase } from 'pouchdb-browser';
import type { SyncServer } from '../sync-servers';

/**
 * A profile's mirror: a PouchDB database in this browser holding the records that replicate with
 * its sync server. Loaded only once a profile syncs.
 */
export type Mirror = PouchDatabase;

export const openMirror = (profileId: string): Mirror =>
  new PouchDB(`previously-sync-${profileId}`, { auto_compaction: true });

export const openServer = (server: Pick<SyncServer, 'address' | 'user' | 'password'>): Mirror =>
  new PouchDB(server.address, {
    ...(server.user === '' ? {} : { auth: { username: server.user, password: server.password } }),
  });

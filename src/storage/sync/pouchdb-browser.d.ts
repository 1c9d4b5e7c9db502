/**
 * The part of PouchDB's API that sync uses. The community types declare a global `Buffer` that
 * breaks Node's own, so the few calls made are typed here instead.
 */
declare module 'pouchdb-browser' {
  export interface PouchRecord {
    _id: string;
    _rev: string;
    _conflicts?: string[];
    [field: string]: unknown;
  }

  export interface NewPouchRecord {
    _id: string;
    _rev?: string;
    [field: string]: unknown;
  }

  export interface WriteResult {
    ok?: boolean;
    id: string;
    rev: string;
    error?: string;
  }

  export interface Change {
    id: string;
    seq: number | string;
    deleted?: boolean;
    doc?: PouchRecord;
  }

  export interface ReplicationOptions {
    live: boolean;
    retry: boolean;
    back_off_function(delay: number): number;
  }

  export interface LiveSync {
    on(event: 'paused' | 'denied' | 'error', listener: (error: unknown) => void): LiveSync;
    on(event: 'change' | 'active', listener: () => void): LiveSync;
    cancel(): void;
  }

  export interface PouchDatabase {
    info(): Promise<{ update_seq: number | string }>;
    get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<PouchRecord>;
    put(record: NewPouchRecord): Promise<WriteResult>;
    remove(id: string, rev: string): Promise<WriteResult>;
    bulkDocs(records: NewPouchRecord[]): Promise<WriteResult[]>;
    allDocs(options: {
      include_docs?: boolean;
      conflicts?: boolean;
      startkey?: string;
      endkey?: string;
    }): Promise<{ rows: { id: string; value: { rev: string }; doc?: PouchRecord }[] }>;
    changes(options: {
      since: number | string;
      include_docs?: boolean;
      conflicts?: boolean;
    }): Promise<{ results: Change[]; last_seq: number | string }>;
    replicate: {
      to(remote: PouchDatabase, options: ReplicationOptions): LiveSync;
      from(remote: PouchDatabase, options: ReplicationOptions): LiveSync;
    };
    close(): Promise<void>;
    destroy(): Promise<void>;
  }

  const PouchDB: new (
    name: string,
    options?: { auto_compaction?: boolean; auth?: { username: string; password: string } },
  ) => PouchDatabase;
  export default PouchDB;
}

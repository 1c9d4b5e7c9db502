import type { PouchRecord } from 'pouchdb-browser';
import { SYNC_SCHEMA } from '../../domain/sync-items';
import type { Mirror } from './mirror';

/** Whether a record was written by a newer version of the app, which this one leaves as it is. */
export const fromNewerApp = (record: PouchRecord | unknown) => {
  const schema = (record as { schema?: unknown } | null | undefined)?.schema;
  return typeof schema === 'number' && schema > SYNC_SCHEMA;
};

/** What sending needs: the mirror, and how far this device has taken its changes. */
export interface Sending {
  mirror: Mirror;
  /** Where this device last took the server's changes: any record changed since is untaken. */
  takenUpTo: number | string;
  /** The versions this device wrote, as `id@rev`: taking them back would undo a later change. */
  own: Set<string>;
  /**
   * When the person made the change being sent, which times an unmark or a deletion; unknown for
   * changes made while sync was not running, timed when they are found.
   */
  changedAt?: number;
}

export const ownVersion = (id: string, rev: string) => `${id}@${rev}`;

/**
 * Writes to the mirror the records this device's state calls for, over the versions already
 * there. `plan` sees only the records this device has taken: one changed in the mirror since it
 * last took the server's changes is another device's change, never undone here, and one this app
 * cannot read (`read` gives null) is left as it is.
 */
export async function recordsSent<T extends object>(
  { mirror, takenUpTo, own }: Sending,
  prefix: string,
  read: (record: PouchRecord | undefined) => T | null,
  plan: (taken: T[]) => { id: string; record: T }[] | Promise<{ id: string; record: T }[]>,
): Promise<void> {
  const mirrored = await mirror.allDocs({
    include_docs: true,
    conflicts: true,
    startkey: prefix,
    endkey: `${prefix}\uffff`,
  });
  // Read after the records: one pulled in between counts as untaken, never as said.
  const since = await mirror.changes({ since: takenUpTo });
  const untaken = new Set(since.results.map((change) => change.id));
  const taken: T[] = [];
  const revisionOf = new Map<string, string>();
  const leftAlone = new Set(untaken);
  for (const row of mirrored.rows) {
    revisionOf.set(row.id, row.value.rev);
    const record = read(row.doc);
    if (record === null) leftAlone.add(row.id);
    else if (!untaken.has(row.id)) taken.push(record);
  }
  const toSend = (await plan(taken)).filter(({ id }) => !leftAlone.has(id));
  if (toSend.length === 0) return;
  const written = await mirror.bulkDocs(
    toSend.map(({ id, record }) => {
      const rev = revisionOf.get(id);
      return { ...record, _id: id, ...(rev ? { _rev: rev } : {}) };
    }),
  );
  for (const { ok, id, rev } of written) if (ok) own.add(ownVersion(id, rev));
}

import type { PouchRecord } from 'pouchdb-browser';
import * as v from 'valibot';
import type { CodeOrder } from '../../domain/episode-order';
import {
  itemRecordId,
  itemRecordPrefix,
  itemToApply,
  itemsToSend,
  latestVersion,
  type ItemKind,
  type SyncedItem,
} from '../../domain/sync-items';
import { profileShowRange, type PreviouslyDatabase } from '../database';
import { syncedMarksStored } from '../progress-writes';
import type { TabMessage } from '../tab-sync';
import type { Mirror } from './mirror';
import { fromNewerApp, recordsSent, type Sending } from './records-sent';
import { revealDigest } from './reveal-digest';

/**
 * Marks and reveals between the app's own storage and the profile's mirror, the PouchDB database
 * that replicates with the server. The mirror is never read by a page: what a page shows comes
 * from the app's storage, under the gate, as before.
 */

const syncedItemSchema = v.object({
  kind: v.picklist(['mark', 'reveal']),
  schema: v.number(),
  showId: v.string(),
  item: v.string(),
  revealKey: v.optional(v.string()),
  on: v.boolean(),
  at: v.number(),
});

export type ItemRead = { readable: true; record: SyncedItem } | { readable: false; newer: boolean };

/** A record from the server, checked: one from a newer app, or damaged, is left as it is. */
export function readItem(record: unknown): ItemRead {
  const parsed = v.safeParse(syncedItemSchema, record);
  if (!parsed.success || fromNewerApp(record)) {
    return { readable: false, newer: fromNewerApp(record) };
  }
  const { kind, on, revealKey } = parsed.output;
  // A revealed item must say what to reveal; one hidden again never does.
  if (kind === 'reveal' && on !== (revealKey !== undefined))
    return { readable: false, newer: false };
  return { readable: true, record: parsed.output };
}

const STORES = { mark: 'progress', reveal: 'reveals' } as const;

/** What the stores and other tabs read again once a kind of record changed on a show. */
export const itemsChanged = (kind: ItemKind, showId: string): TabMessage =>
  kind === 'mark' ? { type: 'progress', showId } : { type: 'reveals', showId };

/**
 * What this device stores of a show: each item on, by the name its record gives it, with when it
 * was turned on, and the stored key behind each name (a reveal's is a digest of its key).
 */
async function storedItems(
  database: PreviouslyDatabase,
  kind: ItemKind,
  profileId: string,
  showId: string,
): Promise<{ onAt: Map<string, number>; keyOf: Map<string, string> }> {
  const store = database.transaction(STORES[kind]).store;
  const range = profileShowRange(profileId, showId);
  const [keys, values] = await Promise.all([store.getAllKeys(range), store.getAll(range)]);
  const onAt = new Map<string, number>();
  const keyOf = new Map<string, string>();
  for (const [at, key] of keys.entries()) {
    const value = values[at] as { watchedAt?: unknown; revealedAt?: unknown } | undefined;
    const changedAt = kind === 'mark' ? value?.watchedAt : value?.revealedAt;
    const name = kind === 'mark' ? key[2] : await revealDigest(key[2]);
    onAt.set(name, typeof changedAt === 'number' ? changedAt : 0);
    keyOf.set(name, key[2]);
  }
  return { onAt, keyOf };
}

/** Writes to the mirror what this device changed in a show's marks or reveals. */
export async function showItemsSent(
  sending: Sending,
  database: PreviouslyDatabase,
  kind: ItemKind,
  profileId: string,
  showId: string,
): Promise<void> {
  // Taken before what is stored is read: an unmark or deletion is timed before any change since.
  const now = sending.changedAt ?? Date.now();
  const { onAt, keyOf } = await storedItems(database, kind, profileId, showId);
  await recordsSent(
    sending,
    itemRecordPrefix(kind, showId),
    (record) => {
      const read = readItem(record);
      return read.readable ? read.record : null;
    },
    (taken) =>
      itemsToSend(kind, showId, onAt, taken, now).map((record) => {
        const revealKey = kind === 'reveal' && record.on ? keyOf.get(record.item) : undefined;
        return {
          id: itemRecordId(kind, showId, record.item),
          record: revealKey === undefined ? record : { ...record, revealKey },
        };
      }),
  );
}

/**
 * Of two versions of one record made on two devices, keeps the later and removes the other, so
 * every device ends with the same one. A version this app cannot read is left as it is. Resolves
 * to the version that stands.
 */
export async function itemConflictSettled(
  mirror: Mirror,
  id: string,
  current: { rev: string; record: SyncedItem },
  others: readonly PouchRecord[],
): Promise<SyncedItem> {
  const readable = others.flatMap((other) => {
    const read = readItem(other);
    return read.readable ? [{ rev: other._rev, record: read.record }] : [];
  });
  const versions = [current.record, ...readable.map(({ record }) => record)];
  const standing = versions[latestVersion(versions)] ?? current.record;
  if (standing !== current.record) await mirror.put({ ...standing, _id: id, _rev: current.rev });
  await Promise.all(readable.map(({ rev }) => mirror.remove(id, rev)));
  return standing;
}

async function syncedRevealsStored(
  database: PreviouslyDatabase,
  profileId: string,
  showId: string,
  changes: readonly { item: string; at: number | null }[],
): Promise<void> {
  const transaction = database.transaction('reveals', 'readwrite');
  await Promise.all([
    ...changes.map(({ item, at }) =>
      at === null
        ? transaction.store.delete([profileId, showId, item])
        : transaction.store.put({ revealedAt: at }, [profileId, showId, item]),
    ),
    transaction.done,
  ]);
}

/** What taking a show's records from the server did. */
export interface Taken {
  changed: boolean;
  /** This device changed one of them later, so its own version goes to the server instead. */
  newerHere: boolean;
}

/** Takes marks or reveals from the server into the app's storage. */
export async function showItemsTaken(
  database: PreviouslyDatabase,
  kind: ItemKind,
  profileId: string,
  showId: string,
  records: readonly SyncedItem[],
  order: CodeOrder | undefined,
): Promise<Taken> {
  const { onAt, keyOf } = await storedItems(database, kind, profileId, showId);
  let newerHere = false;
  const changes = records.flatMap((record) => {
    const effect = itemToApply(record, onAt.get(record.item));
    if (effect === 'keep') {
      newerHere ||= record.on !== onAt.has(record.item);
      return [];
    }
    const item = effect === 'store' ? (record.revealKey ?? record.item) : keyOf.get(record.item);
    return item === undefined ? [] : [{ item, at: effect === 'store' ? record.at : null }];
  });
  if (changes.length === 0) return { changed: false, newerHere };
  if (kind === 'reveal') await syncedRevealsStored(database, profileId, showId, changes);
  else {
    const marks = changes.map(({ item, at }) => ({ code: item, watchedAt: at }));
    await syncedMarksStored(database, profileId, showId, marks, order);
  }
  return { changed: true, newerHere };
}

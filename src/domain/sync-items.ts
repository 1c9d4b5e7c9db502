/**
 * How marks and reveals travel between this device and a sync server: one record per episode
 * watched or item revealed, so two devices changing different ones never touch the same record.
 * Unmarking or hiding again is a record too, with its time, so it can win over an older change
 * made elsewhere. Between two versions of one record the later one wins, whichever device made it.
 */

/** The version of the synced records this app writes and understands. */
export const SYNC_SCHEMA = 1;

/** A mark says an episode (by code) is watched; a reveal, that an item (by reveal key) is shown. */
export type ItemKind = 'mark' | 'reveal';

export interface SyncedItem {
  kind: ItemKind;
  schema: number;
  showId: string;
  /**
   * The episode's code; for a reveal, a digest of its reveal key, since a reveal key holds an
   * entry's id, which may tell what it covers (reveal-digest.ts).
   */
  item: string;
  /** A reveal's key, with its content's fingerprint: sent only while the item is revealed. */
  revealKey?: string;
  /** Watched or revealed; false once unmarked or hidden again. */
  on: boolean;
  /** When it was changed, in milliseconds since 1970. */
  at: number;
}

/** Ids are encoded, so none can begin with CouchDB's reserved `_` or run into another. */
export const itemRecordPrefix = (kind: ItemKind, showId: string) =>
  `${kind}:${encodeURIComponent(showId)}:`;

export const itemRecordId = (kind: ItemKind, showId: string, item: string) =>
  `${itemRecordPrefix(kind, showId)}${encodeURIComponent(item)}`;

/** What this device stores of a show: each item on, with when it was turned on. */
export type StoredItems = ReadonlyMap<string, number>;

export const syncedItem = (
  kind: ItemKind,
  showId: string,
  item: string,
  on: boolean,
  at: number,
): SyncedItem => ({ kind, schema: SYNC_SCHEMA, showId, item, on, at });

/**
 * The records to send after this device changed a show's marks or reveals: an item on here that
 * the synced records do not say is on, and an item the synced records say is on but this device
 * no longer has, which it turned off at `now` (and never before the change it undoes).
 */
export function itemsToSend(
  kind: ItemKind,
  showId: string,
  stored: StoredItems,
  synced: readonly SyncedItem[],
  now: number,
): SyncedItem[] {
  const syncedByItem = new Map(synced.map((record) => [record.item, record]));
  const toSend: SyncedItem[] = [];
  for (const [item, onAt] of stored) {
    if (syncedByItem.get(item)?.on !== true)
      toSend.push(syncedItem(kind, showId, item, true, onAt));
  }
  for (const record of synced) {
    if (record.on && !stored.has(record.item)) {
      toSend.push(syncedItem(kind, showId, record.item, false, Math.max(now, record.at + 1)));
    }
  }
  return toSend;
}

/**
 * What a synced record does to this device's copy: turning an item on stores it, turning it off
 * removes it, unless this device changed it later or at the same moment, in which case its own
 * version is sent instead.
 */
export function itemToApply(
  record: SyncedItem,
  storedAt: number | undefined,
): 'store' | 'remove' | 'keep' {
  if (record.on) return storedAt === undefined ? 'store' : 'keep';
  return storedAt !== undefined && storedAt < record.at ? 'remove' : 'keep';
}

/** Of the versions two devices made of one record, the position of the one that stands: the latest. */
export function latestVersion(versions: readonly { at: number }[]): number {
  let latest = 0;
  versions.forEach((version, position) => {
    if (version.at > (versions[latest]?.at ?? -Infinity)) latest = position;
  });
  return latest;
}

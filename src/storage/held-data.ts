import type { Entry } from '../domain/pack';
import type { PreviouslyDatabase, StoredNoteRecord, StoredShow } from './database';

/** A record to put back as it was stored (or kept aside, when it could not be read). */
export interface RecordAsStored {
  store: 'shows' | 'quarantine' | 'settings';
  key: string;
  value: unknown;
}

/** What storage held that pages read only when opened, as read just before it was deleted. */
export interface RescuedContent {
  /** Readable shows no page had read the record of. */
  shows: Map<string, StoredShow>;
  entries: Map<string, Entry[]>;
  notes: StoredNoteRecord[];
  /** Each profile's progress and reveals by show, for profiles this tab had not loaded. */
  watched: Map<string, Map<string, Set<string>>>;
  revealed: Map<string, Map<string, Set<string>>>;
  /** Records that are not held in the stores (unreadable ones, what was kept aside, settings). */
  asStored: RecordAsStored[];
}

const RESCUED_STORES = ['shows', 'entries', 'notes', 'quarantine', 'settings'] as const;

/** One record as the rescue read it, not checked yet. */
export interface RescuedRecord {
  store: (typeof RESCUED_STORES)[number];
  key: string;
  value: unknown;
}

/**
 * Reads every record the stores may not hold, for a database about to be deleted. The read starts
 * before this function first waits, so it completes even when the connection is closed right after.
 */
export async function rescueRead(
  database: PreviouslyDatabase,
  heldShowIds: ReadonlySet<string>,
): Promise<RescuedContent> {
  const transaction = database.transaction([...RESCUED_STORES, 'progress', 'reveals'], 'readonly');
  const marks = Promise.all([
    transaction.objectStore('progress').getAllKeys(),
    transaction.objectStore('reveals').getAllKeys(),
  ]);
  const read = await Promise.all(
    RESCUED_STORES.map(async (store) => {
      const [keys, values] = await Promise.all([
        transaction.objectStore(store).getAllKeys(),
        transaction.objectStore(store).getAll(),
      ]);
      return keys.map((key, index) => ({ store, key: String(key), value: values[index] }));
    }),
  );
  const [progressKeys, revealKeys] = await marks;
  const { rescuedContent } = await import('./rescued-content');
  return rescuedContent(read.flat(), { progressKeys, revealKeys }, heldShowIds);
}

import * as v from 'valibot';
import type { Entry } from '../domain/pack';
import { showSummary } from '../domain/show-summary';
import {
  LIBRARY_STORES,
  type PreviouslyDatabase,
  type Profile,
  type StoredNoteRecord,
  type StoredShow,
} from './database';
import { groupKeysByProfile } from './repository';
import { SHOW_RULES_KEY, type ShowRulesByShow } from './show-rules-repository';
import { storedEntriesSchema, storedNoteRecordSchema, storedShowSchema } from './stored-schemas';

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
  const rescued: RescuedContent = {
    shows: new Map(),
    entries: new Map(),
    notes: [],
    watched: groupKeysByProfile(progressKeys),
    revealed: groupKeysByProfile(revealKeys),
    asStored: [],
  };
  const keptAside = (store: string, key: string, value: unknown, reason: string) =>
    rescued.asStored.push({
      store: 'quarantine',
      key: `${store}/${key}`,
      value: { store, key, value, reason, at: Date.now() },
    });
  for (const { store, key, value } of read.flat()) {
    if (store === 'entries') {
      const parsed = v.safeParse(storedEntriesSchema, value);
      if (parsed.success) rescued.entries.set(key, parsed.output);
      else keptAside(store, key, value, 'stored entries could not be read');
    } else if (store === 'notes') {
      const parsed = v.safeParse(storedNoteRecordSchema, value);
      if (parsed.success && parsed.output.id === key) rescued.notes.push(parsed.output);
      else keptAside(store, key, value, 'stored note could not be read');
    } else if (store === 'shows' && !heldShowIds.has(key)) {
      const parsed = v.safeParse(storedShowSchema, value);
      // A show this tab can read is written back from the library, with its summary.
      if (parsed.success && parsed.output.show.id === key) rescued.shows.set(key, parsed.output);
      else rescued.asStored.push({ store, key, value });
    } else if (store !== 'shows') {
      // A show the library holds is written from there; one it could not read goes back as it was.
      rescued.asStored.push({ store, key, value });
    }
  }
  return rescued;
}

/** Everything one tab holds, to write to a new database after another tab deleted it. */
export interface HeldData {
  shows: readonly { stored: StoredShow; entries: readonly Entry[] }[];
  profiles: readonly Profile[];
  /** By profile, then by show. */
  watched: Readonly<Record<string, Readonly<Record<string, ReadonlySet<string>>>>>;
  revealed: Readonly<Record<string, Readonly<Record<string, ReadonlySet<string>>>>>;
  notes: readonly StoredNoteRecord[];
  settings: Readonly<Record<string, unknown>>;
  /** Null when stored rules could not be read and none were chosen since: those go back as stored. */
  showRules: ShowRulesByShow | null;
  asStored: readonly RecordAsStored[];
}

/**
 * Writes what the tab holds in one transaction: all of it or none. Records as stored go first, so
 * what the tab holds (newer) wins where both have a record.
 */
export async function writeHeldData(database: PreviouslyDatabase, held: HeldData): Promise<void> {
  const transaction = database.transaction(
    [...LIBRARY_STORES, 'quarantine', 'settings'],
    'readwrite',
  );
  const now = Date.now();
  const writes: Promise<unknown>[] = [];
  try {
    for (const { store, key, value } of held.asStored) {
      writes.push(transaction.objectStore(store).put(value as never, key));
    }
    for (const { stored, entries } of held.shows) {
      writes.push(transaction.objectStore('shows').put(stored, stored.show.id));
      writes.push(transaction.objectStore('entries').put([...entries], stored.show.id));
      writes.push(
        transaction.objectStore('showSummaries').put(showSummary(stored, entries), stored.show.id),
      );
    }
    for (const profile of held.profiles) {
      writes.push(transaction.objectStore('profiles').put(profile));
    }
    for (const [profileId, byShow] of Object.entries(held.watched)) {
      for (const [showId, codes] of Object.entries(byShow)) {
        // Counted again from these marks when a tile next needs them.
        writes.push(transaction.objectStore('progressSummaries').delete([profileId, showId]));
        for (const code of codes) {
          writes.push(
            transaction.objectStore('progress').put({ watchedAt: now }, [profileId, showId, code]),
          );
        }
      }
    }
    for (const [profileId, byShow] of Object.entries(held.revealed)) {
      for (const [showId, revealKeys] of Object.entries(byShow)) {
        for (const revealKey of revealKeys) {
          writes.push(
            transaction
              .objectStore('reveals')
              .put({ revealedAt: now }, [profileId, showId, revealKey]),
          );
        }
      }
    }
    for (const note of held.notes) writes.push(transaction.objectStore('notes').put(note));
    for (const [name, value] of Object.entries(held.settings)) {
      writes.push(transaction.objectStore('settings').put(value, name));
    }
    if (held.showRules) {
      writes.push(transaction.objectStore('settings').put(held.showRules, SHOW_RULES_KEY));
    }
  } catch (error) {
    // A write refused as it was queued must not leave the others to commit.
    transaction.abort();
    await Promise.allSettled([...writes, transaction.done]);
    throw error;
  }
  await Promise.all([...writes, transaction.done]);
}

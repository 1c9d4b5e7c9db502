import type { Entry } from '../domain/pack';
import {
  LIBRARY_STORES,
  type PreviouslyDatabase,
  type Profile,
  type StoredNoteRecord,
  type StoredShow,
} from './database';
import type { RecordAsStored } from './rescued-content';
import { SHOW_RULES_KEY, type ShowRulesByShow } from './show-rules-repository';
import { summaryWritesOf } from './show-summaries';

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
      writes.push(...summaryWritesOf(transaction, stored, entries));
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

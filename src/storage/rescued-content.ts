import * as v from 'valibot';
import type { Entry } from '../domain/pack';
import type { StoredNoteRecord, StoredShow } from './database';
import { groupKeysByProfile } from './repository';
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

/** One record as the rescue read it, not checked yet. */
export interface RescuedRecord {
  store: 'shows' | 'entries' | 'notes' | 'quarantine' | 'settings';
  key: string;
  value: unknown;
}

/**
 * The records a rescue read (held-data.ts), checked: loaded only once a database is being deleted
 * under this tab, so the first page carries neither this code nor the checks of whole records.
 */
export function rescuedContent(
  records: readonly RescuedRecord[],
  { progressKeys, revealKeys }: { progressKeys: IDBValidKey[]; revealKeys: IDBValidKey[] },
  heldShowIds: ReadonlySet<string>,
): RescuedContent {
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
  for (const { store, key, value } of records) {
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

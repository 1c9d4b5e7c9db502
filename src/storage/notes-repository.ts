import * as v from 'valibot';
import type { PreviouslyDatabase, StoredNote } from './database';
import { storedNoteSchema } from './stored-schemas';

/**
 * The user's notes, one record each in the "notes" store, so saving one note writes one record.
 * A record that cannot be read is copied to quarantine and left where it was.
 */

export interface NotesRead {
  notes: StoredNote[];
  /** Plain-language reports of records that could not be read and were kept aside. */
  problems: string[];
}

/** Checks raw note records, keeping the readable ones and quarantining a copy of the rest. */
export async function readableNotes(
  database: PreviouslyDatabase,
  records: readonly { key: IDBValidKey; value: unknown }[],
): Promise<NotesRead> {
  const notes: StoredNote[] = [];
  let unreadable = 0;
  for (const { key, value } of records) {
    const parsed = v.safeParse(storedNoteSchema, value);
    if (parsed.success && parsed.output.id === key) {
      notes.push(parsed.output);
      continue;
    }
    unreadable += 1;
    await database.put(
      'quarantine',
      {
        store: 'notes',
        key: String(key),
        value,
        reason: 'stored note could not be read',
        at: Date.now(),
      },
      `notes/${String(key)}`,
    );
  }
  const problems =
    unreadable === 0
      ? []
      : [
          `${unreadable === 1 ? 'One of your saved notes' : `${unreadable} of your saved notes`} could not be read. ${unreadable === 1 ? 'It was' : 'They were'} kept aside unchanged, and a full backup includes ${unreadable === 1 ? 'it' : 'them'}; your other notes are fine.`,
        ];
  return { notes, problems };
}

/** One profile's notes on a show, oldest first (note ids start with the time they were written). */
export async function loadNotes(
  database: PreviouslyDatabase,
  profileId: string,
  showId: string,
): Promise<NotesRead> {
  const index = database.transaction('notes').store.index('byProfileShow');
  const [keys, values] = await Promise.all([
    index.getAllKeys([profileId, showId]),
    index.getAll([profileId, showId]),
  ]);
  return readableNotes(
    database,
    keys.map((key, position) => ({ key, value: values[position] })),
  );
}

export async function saveNote(
  database: PreviouslyDatabase,
  profileId: string,
  note: StoredNote,
): Promise<void> {
  await database.put('notes', { ...note, profileId });
}

/** Note ids are unique across profiles, so the id alone names the record. */
export async function deleteNote(database: PreviouslyDatabase, noteId: string): Promise<void> {
  await database.delete('notes', noteId);
}

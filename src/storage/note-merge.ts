import type { Entry } from '../domain/pack';
import type { StoredNote } from './database';

/**
 * How the notes in an imported pack meet the notes already stored for that show. The rule, chosen
 * so that exporting a show and importing the file again neither duplicates nor loses a note:
 *
 * - a note whose id is new here is added;
 * - a note identical to the stored note with its id is already here, and nothing is written;
 * - a note whose id is stored but whose text differs (an older export, say) is added next to the
 *   stored one under a new id: both are kept, so no edit is ever overwritten by a file;
 * - stored notes the pack does not mention are kept as they are.
 */

/** "note-<time>-<random>": unique, and in the order the notes were written. */
export function newNoteId(now = Date.now()): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `note-${now.toString(36)}-${[...random].map((part) => part.toString(36)).join('')}`;
}

export interface NoteMerge {
  /** Records to write; everything else is left as stored. */
  toPut: StoredNote[];
  added: number;
  alreadyHere: number;
  /** Pack notes that differed from a stored note with the same id, kept as separate notes. */
  keptBoth: number;
}

export interface NoteMergeInput {
  showId: string;
  incoming: readonly Entry[];
  /** The show's stored note records by id, as read (a record may be unreadable). */
  stored: ReadonlyMap<string, unknown>;
  /** Every note id in storage, for every show: note ids are unique across the library. */
  takenIds: ReadonlySet<string>;
  newNoteId: () => string;
  now: number;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function isSameNote(note: Entry, storedValue: unknown): boolean {
  if (typeof storedValue !== 'object' || storedValue === null) return false;
  const stored = storedValue as Partial<Entry>;
  return (
    stored.kind === note.kind &&
    stored.spoils === note.spoils &&
    stored.title === note.title &&
    stored.body === note.body &&
    stored.date === note.date &&
    stored.source === note.source &&
    Array.isArray(stored.characters) &&
    sameList(stored.characters, note.characters) &&
    Array.isArray(stored.keywords) &&
    sameList(stored.keywords, note.keywords)
  );
}

export function mergeImportedNotes(input: NoteMergeInput): NoteMerge {
  const taken = new Set(input.takenIds);
  const merge: NoteMerge = { toPut: [], added: 0, alreadyHere: 0, keptBoth: 0 };
  const record = (note: Entry, id: string): StoredNote => ({
    ...note,
    characters: [...note.characters],
    keywords: [...note.keywords],
    id,
    showId: input.showId,
    updatedAt: input.now,
  });
  for (const note of input.incoming) {
    if (input.stored.has(note.id)) {
      if (isSameNote(note, input.stored.get(note.id))) {
        merge.alreadyHere += 1;
        continue;
      }
      merge.keptBoth += 1;
    } else if (!taken.has(note.id)) {
      merge.added += 1;
      taken.add(note.id);
      merge.toPut.push(record(note, note.id));
      continue;
    } else {
      // The id belongs to a note of another show: this one gets its own.
      merge.added += 1;
    }
    let id = input.newNoteId();
    while (taken.has(id)) id = input.newNoteId();
    taken.add(id);
    merge.toPut.push(record(note, id));
  }
  return merge;
}

import { SYNC_SCHEMA } from './sync-items';
import type { OwnNote } from './own-note';

/**
 * How notes travel between devices: one record per note, holding the whole note, and a deleted
 * note stays as a record with its time and no note. Two devices that edit one note both keep
 * their version on the server until the person chooses one (see note-versions in the stores).
 */

export interface SyncedNote {
  kind: 'note';
  schema: number;
  showId: string;
  noteId: string;
  /** The note, or null once deleted. */
  note: OwnNote | null;
  /** When it was last saved or deleted, in milliseconds since 1970. */
  at: number;
}

/**
 * Versions of one note, saved on two devices, that differ: the person chooses which stays. Until
 * then each device keeps its own, and every version stays on the server.
 */
export interface NoteVersions {
  showId: string;
  noteId: string;
  /** Each version with its revision on the server. */
  versions: { rev: string; note: OwnNote | null }[];
}

export const noteRecordId = (showId: string, noteId: string) =>
  `note:${encodeURIComponent(showId)}:${encodeURIComponent(noteId)}`;

export const noteRecordPrefix = (showId: string) => `note:${encodeURIComponent(showId)}:`;

export const syncedNote = (
  showId: string,
  noteId: string,
  note: OwnNote | null,
  at: number,
): SyncedNote => ({ kind: 'note', schema: SYNC_SCHEMA, showId, noteId, note, at });

const sameNote = (a: OwnNote | null, b: OwnNote | null) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The records to send after this device changed its notes on a show: a note that says something
 * other than the synced version, timed after it, and a deletion, timed now, of a synced note this device no longer has.
 */
export function notesToSend(
  showId: string,
  stored: readonly OwnNote[],
  synced: readonly SyncedNote[],
  now: number,
): SyncedNote[] {
  const syncedById = new Map(synced.map((record) => [record.noteId, record]));
  const storedIds = new Set(stored.map((note) => note.id));
  const toSend: SyncedNote[] = [];
  for (const note of stored) {
    const known = syncedById.get(note.id);
    // By what it says, not by clocks: an edit on a device whose clock runs behind is still sent.
    if (!known || !sameNote(known.note, note)) {
      const at = Math.max(note.updatedAt, (known?.at ?? 0) + 1);
      toSend.push(syncedNote(showId, note.id, { ...note, updatedAt: at }, at));
    }
  }
  for (const record of synced) {
    if (record.note !== null && !storedIds.has(record.noteId)) {
      toSend.push(syncedNote(showId, record.noteId, null, Math.max(now, record.at + 1)));
    }
  }
  return toSend;
}

/** What a synced note does to this device's copy, unless this device saved it later. */
export function noteToApply(
  record: SyncedNote,
  stored: OwnNote | undefined,
): 'store' | 'remove' | 'keep' {
  if (record.note === null) {
    return stored !== undefined && stored.updatedAt < record.at ? 'remove' : 'keep';
  }
  return stored === undefined || stored.updatedAt < record.at ? 'store' : 'keep';
}

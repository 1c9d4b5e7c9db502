import type { PouchRecord } from 'pouchdb-browser';
import * as v from 'valibot';
import { withoutInvisibleCharacters } from '../../domain/invisible-characters';
import type { OwnNote } from '../../domain/own-note';
import {
  noteRecordId,
  noteRecordPrefix,
  noteToApply,
  notesToSend,
  type NoteVersions,
  type SyncedNote,
} from '../../domain/sync-notes';
import type { PreviouslyDatabase } from '../database';
import { loadNotes } from '../notes-repository';
import { storedNoteSchema } from '../stored-schemas';
import type { Taken } from './item-sync';
import type { Mirror } from './mirror';
import { fromNewerApp, recordsSent, type Sending } from './records-sent';

/** Notes between the app's own storage and the profile's mirror; see mark-sync.ts. */

const syncedNoteSchema = v.object({
  kind: v.literal('note'),
  schema: v.number(),
  showId: v.string(),
  noteId: v.string(),
  note: v.nullable(storedNoteSchema),
  at: v.number(),
});

export type NoteRead = { readable: true; record: SyncedNote } | { readable: false; newer: boolean };

/**
 * A record from the server, checked like a restored note: its title loses direction-changing and
 * invisible characters, and one from a newer app, or damaged, is left as it is.
 */
export function readNote(record: unknown): NoteRead {
  const parsed = v.safeParse(syncedNoteSchema, record);
  if (!parsed.success || fromNewerApp(record)) {
    return { readable: false, newer: fromNewerApp(record) };
  }
  const read = parsed.output;
  if (read.note !== null && (read.note.id !== read.noteId || read.note.showId !== read.showId)) {
    return { readable: false, newer: false };
  }
  const note =
    read.note === null
      ? null
      : {
          ...read.note,
          title:
            read.note.title === null ? null : withoutInvisibleCharacters(read.note.title) || null,
        };
  return { readable: true, record: { ...read, note } };
}

const sameNote = (a: OwnNote | null, b: OwnNote | null) => JSON.stringify(a) === JSON.stringify(b);

async function storedNotes(
  database: PreviouslyDatabase,
  profileId: string,
  showId: string,
): Promise<OwnNote[]> {
  return (await loadNotes(database, profileId, showId)).notes;
}

/**
 * Writes to the mirror what this device changed in a show's notes. A note whose versions wait
 * for the person's choice is left as it is, and so is one another profile here holds.
 */
export async function showNotesSent(
  sending: Sending,
  database: PreviouslyDatabase,
  profileId: string,
  showId: string,
): Promise<void> {
  // Taken before what is stored is read: an unmark or deletion is timed before any change since.
  const now = sending.changedAt ?? Date.now();
  const stored = await storedNotes(database, profileId, showId);
  await recordsSent(
    sending,
    noteRecordPrefix(showId),
    (record) => {
      const read = readNote(record);
      return read.readable && (record?._conflicts ?? []).length === 0 ? read.record : null;
    },
    async (taken) => {
      const toSend = notesToSend(showId, stored, taken, now);
      const heldElsewhere = await Promise.all(
        toSend.map(async (record) => {
          if (record.note !== null) return false;
          const holder = (await database.get('notes', record.noteId))?.profileId;
          return holder !== undefined && holder !== profileId;
        }),
      );
      return toSend
        .filter((_record, at) => !heldElsewhere[at])
        .map((record) => ({ id: noteRecordId(showId, record.noteId), record }));
    },
  );
}

/**
 * Settles versions of one note made on two devices that need no choice: identical ones, and a
 * deletion against an edit, where the later stands. Versions with different text are kept, and
 * returned for the person to choose between.
 */
export async function noteConflictRead(
  mirror: Mirror,
  id: string,
  current: { rev: string; record: SyncedNote },
  others: readonly PouchRecord[],
): Promise<NoteVersions | null> {
  const versions = [current, ...readableVersions(others)];
  const kept = versions.filter(
    (version, at) =>
      !versions.slice(0, at).some((earlier) => sameNote(earlier.record.note, version.record.note)),
  );
  const live = kept.filter((version) => version.record.note !== null);
  if (live.length > 1) {
    return {
      showId: current.record.showId,
      noteId: current.record.noteId,
      versions: live.map(({ rev, record }) => ({ rev, note: record.note })),
    };
  }
  const standing = kept.reduce((latest, version) =>
    version.record.at > latest.record.at ? version : latest,
  );
  if (standing.rev !== current.rev) {
    await mirror.put({ ...standing.record, _id: id, _rev: current.rev });
  }
  await Promise.all(versions.slice(1).map(({ rev }) => mirror.remove(id, rev)));
  return null;
}

/** The versions this app can read; one it cannot is left as it is. */
function readableVersions(records: readonly PouchRecord[]) {
  return records.flatMap((other) => {
    const read = readNote(other);
    return read.readable ? [{ rev: other._rev, record: read.record }] : [];
  });
}

/**
 * Keeps the version of a note the person chose: it becomes the one stored on every device, and
 * the others are removed from the mirror, and so from the server.
 */
export async function noteVersionKept(
  mirror: Mirror,
  versions: NoteVersions,
  chosenRev: string,
): Promise<SyncedNote | null> {
  const id = noteRecordId(versions.showId, versions.noteId);
  const current = await mirror.get(id, { conflicts: true });
  const chosen = readNote(await mirror.get(id, { rev: chosenRev }));
  if (!chosen.readable) return null;
  const others = await Promise.all(
    (current._conflicts ?? []).map((rev) => mirror.get(id, { rev })),
  );
  const record = { ...chosen.record, at: Date.now() };
  await mirror.put({ ...record, _id: id, _rev: current._rev });
  await Promise.all(readableVersions(others).map(({ rev }) => mirror.remove(id, rev)));
  return record;
}

/** Takes notes from the server into the app's storage. */
export async function showNotesTaken(
  database: PreviouslyDatabase,
  profileId: string,
  showId: string,
  records: readonly SyncedNote[],
): Promise<Taken> {
  const stored = new Map(
    (await storedNotes(database, profileId, showId)).map((note) => [note.id, note]),
  );
  const transaction = database.transaction('notes', 'readwrite');
  let changed = false;
  let newerHere = false;
  const writes = records.map(async (record) => {
    const here = stored.get(record.noteId) ?? null;
    const effect = noteToApply(record, here ?? undefined);
    if (effect === 'keep') {
      newerHere ||= !sameNote(here, record.note);
      return;
    }
    // Note ids are unique across profiles: one held by another profile here is never touched.
    const holder = (await transaction.store.get(record.noteId))?.profileId;
    if (holder !== undefined && holder !== profileId) return;
    changed = true;
    if (effect === 'remove' || record.note === null) await transaction.store.delete(record.noteId);
    else await transaction.store.put({ ...record.note, updatedAt: record.at, profileId });
  });
  await Promise.all([...writes, transaction.done]);
  return { changed, newerHere };
}

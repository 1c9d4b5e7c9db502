import { create } from 'zustand';
import type { StoredNote, StoredNoteRecord } from '../storage/database';
import { deleteNote, loadNotes, saveNote } from '../storage/notes-repository';
import { useConnectionStore } from './connection-store';
import { currentDatabase } from './database-handle';
import { noticeShown } from './notices-store';
import { persist } from './persist';
import { ownEntry } from './own-entry';
import { activeRevealed, itemHiddenAgain } from './reveal-actions';
import { activeProfileId, useActiveProfileId } from './active-profile';
import { noteRevealKey } from '../domain/reveal-keys';

export type NotesState =
  | { status: 'loading' }
  | { status: 'ready'; notes: readonly StoredNote[] }
  | { status: 'unreadable'; problem: string };

interface NotesStoreState {
  /** Keyed by notesKey(profileId, showId). */
  byShow: Readonly<Record<string, NotesState>>;
}

export const useNotesStore = create<NotesStoreState>()(() => ({ byShow: {} }));

/** Where one profile's notes on one show sit in the store. */
export const notesKey = (profileId: string, showId: string) => `${profileId}\n${showId}`;

const showIdOfKey = (key: string) => key.slice(key.indexOf('\n') + 1);
const profileIdOfKey = (key: string) => key.slice(0, key.indexOf('\n'));

const activeKey = (showId: string) => notesKey(activeProfileId(), showId);

/** One of the user's notes, for editing it on purpose; undefined while notes load or once deleted. */
export const useOwnNote = (showId: string, noteId: string) => {
  const key = notesKey(useActiveProfileId(), showId);
  return useNotesStore((state) => {
    const notes = ownEntry(state.byShow, key);
    return notes?.status === 'ready' ? notes.notes.find((note) => note.id === noteId) : undefined;
  });
};

const notesRequests = new Map<string, Promise<void>>();

function showNotesSet(key: string, notes: NotesState): void {
  useNotesStore.setState((state) => ({ byShow: { ...state.byShow, [key]: notes } }));
}

async function readNotes(profileId: string, showId: string): Promise<void> {
  const key = notesKey(profileId, showId);
  try {
    const { notes, problems } = await loadNotes(currentDatabase(), profileId, showId);
    problems.forEach((problem) => noticeShown(problem));
    showNotesSet(key, { status: 'ready', notes });
  } catch (error) {
    if (useConnectionStore.getState().status === 'lost') {
      // The loss notice already says what happened; a reload now would lose what this tab holds.
      const problem =
        "Your notes on this show can't be read until this tab's data is written back.";
      showNotesSet(key, { status: 'unreadable', problem });
      return;
    }
    const problem = `Your notes on this show could not be read (${String(error)}). Nothing was changed; reload to try again.`;
    noticeShown(problem);
    showNotesSet(key, { status: 'unreadable', problem });
  }
}

/** Reads a profile's notes on a show (the active profile's by default) the first time a page needs them. */
export function notesNeeded(showId: string, profileId = activeProfileId()): Promise<void> {
  const key = notesKey(profileId, showId);
  const pending = notesRequests.get(key);
  if (pending) return pending;
  const request = readNotes(profileId, showId);
  notesRequests.set(key, request);
  return request;
}

/** Storage changed under this show's notes (another tab, an import): read each profile's again. */
export async function notesChangedElsewhere(showId: string): Promise<void> {
  const keys = Object.keys(useNotesStore.getState().byShow).filter(
    (key) => showIdOfKey(key) === showId,
  );
  await Promise.all(
    keys.map((key) => {
      notesRequests.delete(key);
      return notesNeeded(showId, profileIdOfKey(key));
    }),
  );
}

/** An import stored this profile's notes on a show and says what they are now: nothing is read back. */
export function showNotesStored(
  profileId: string,
  showId: string,
  notes: readonly StoredNote[],
): void {
  const key = notesKey(profileId, showId);
  notesRequests.set(key, Promise.resolve());
  showNotesSet(key, { status: 'ready', notes });
}

/** Forgets every loaded note, for a fresh start or after a restore; pages read them again. */
export function notesUnloaded(): void {
  notesRequests.clear();
  useNotesStore.setState({ byShow: {} });
}

function readyNotes(key: string): readonly StoredNote[] | null {
  const state = ownEntry(useNotesStore.getState().byShow, key);
  return state?.status === 'ready' ? state.notes : null;
}

/**
 * Adds or changes one of the active profile's notes; only its own record is written. A failed
 * write keeps it on screen.
 */
export async function noteSaved(note: StoredNote): Promise<boolean> {
  const profileId = activeProfileId();
  const key = notesKey(profileId, note.showId);
  const notes = readyNotes(key);
  if (notes) {
    const known = notes.some((existing) => existing.id === note.id);
    showNotesSet(key, {
      status: 'ready',
      notes: known
        ? notes.map((existing) => (existing.id === note.id ? note : existing))
        : [...notes, note],
    });
  }
  return persist('your note', (database) => saveNote(database, profileId, note), {
    type: 'notes',
    showId: note.showId,
  });
}

/**
 * Deletes a note and forgets that it was revealed: a note's reveal is tied to its id, and a later
 * note under the same id (from a pack, say) must not open unasked.
 */
export async function noteDeleted(showId: string, noteId: string): Promise<boolean> {
  const notes = readyNotes(activeKey(showId));
  if (notes) {
    showNotesSet(activeKey(showId), {
      status: 'ready',
      notes: notes.filter((note) => note.id !== noteId),
    });
  }
  const revealKey = noteRevealKey(noteId);
  const [deleted] = await Promise.all([
    persist('deleting your note', (database) => deleteNote(database, noteId), {
      type: 'notes',
      showId,
    }),
    activeRevealed(showId).has(revealKey) ? itemHiddenAgain(showId, revealKey) : null,
  ]);
  return deleted;
}

// Made in storage, where an import in a worker also makes them.
export { newNoteId } from '../storage/note-merge';

/**
 * Notes read just before another tab deleted the database, for the shows and profiles no page had
 * opened; each profile's show that had none holds none.
 */
export function notesRescued(
  profileIds: readonly string[],
  showIds: Iterable<string>,
  rescued: readonly StoredNoteRecord[],
): void {
  const byKey = new Map<string, StoredNote[]>(
    profileIds.flatMap((profileId) =>
      [...showIds].map((showId) => [notesKey(profileId, showId), []] as [string, StoredNote[]]),
    ),
  );
  for (const { profileId, ...note } of rescued) {
    const key = notesKey(profileId, note.showId);
    byKey.set(key, [...(byKey.get(key) ?? []), note]);
  }
  for (const [key, notes] of byKey) {
    if (readyNotes(key)) continue;
    showNotesSet(key, { status: 'ready', notes });
    notesRequests.set(key, Promise.resolve());
  }
}

/** Every note this tab holds, with its profile, and the shows whose notes it never read. */
export function notesHeld(
  profileIds: readonly string[],
  showIds: Iterable<string>,
): {
  notes: StoredNoteRecord[];
  showIdsNotRead: string[];
} {
  const notes = Object.entries(useNotesStore.getState().byShow).flatMap(([key, state]) => {
    const profileId = profileIdOfKey(key);
    return state.status === 'ready' && profileIds.includes(profileId)
      ? state.notes.map((note) => ({ ...note, profileId }))
      : [];
  });
  const showIdsNotRead = [...showIds].filter((showId) =>
    profileIds.some((profileId) => readyNotes(notesKey(profileId, showId)) === null),
  );
  return { notes, showIdsNotRead };
}

import { create } from 'zustand';
import type { StoredNote } from '../storage/database';
import { deleteNote, loadNotes, saveNote } from '../storage/notes-repository';
import { useConnectionStore } from './connection-store';
import { currentDatabase } from './database-handle';
import { noticeShown } from './notices-store';
import { persist } from './persist';
import { ownEntry } from './own-entry';
import { itemHiddenAgain, useRevealsStore } from './reveals-store';
import { noteRevealKey } from '../domain/reveal-keys';

export type NotesState =
  | { status: 'loading' }
  | { status: 'ready'; notes: readonly StoredNote[] }
  | { status: 'unreadable'; problem: string };

interface NotesStoreState {
  byShow: Readonly<Record<string, NotesState>>;
}

export const useNotesStore = create<NotesStoreState>()(() => ({ byShow: {} }));

const LOADING_NOTES: NotesState = { status: 'loading' };

export const useNotesState = (showId: string) =>
  useNotesStore((state) => ownEntry(state.byShow, showId) ?? LOADING_NOTES);

/** One of the user's notes, for editing it on purpose; undefined while notes load or once deleted. */
export const useOwnNote = (showId: string, noteId: string) =>
  useNotesStore((state) => {
    const notes = ownEntry(state.byShow, showId);
    return notes?.status === 'ready' ? notes.notes.find((note) => note.id === noteId) : undefined;
  });

const notesRequests = new Map<string, Promise<void>>();

function showNotesSet(showId: string, notes: NotesState): void {
  useNotesStore.setState((state) => ({ byShow: { ...state.byShow, [showId]: notes } }));
}

async function readNotes(showId: string): Promise<void> {
  try {
    const { notes, problems } = await loadNotes(currentDatabase(), showId);
    problems.forEach((problem) => noticeShown(problem));
    showNotesSet(showId, { status: 'ready', notes });
  } catch (error) {
    if (useConnectionStore.getState().status === 'lost') {
      // The loss notice already says what happened; a reload now would lose what this tab holds.
      const problem =
        "Your notes on this show can't be read until this tab's data is written back.";
      showNotesSet(showId, { status: 'unreadable', problem });
      return;
    }
    const problem = `Your notes on this show could not be read (${String(error)}). Nothing was changed; reload to try again.`;
    noticeShown(problem);
    showNotesSet(showId, { status: 'unreadable', problem });
  }
}

/** Reads a show's notes from storage the first time a page needs them. */
export function notesNeeded(showId: string): Promise<void> {
  const pending = notesRequests.get(showId);
  if (pending) return pending;
  const request = readNotes(showId);
  notesRequests.set(showId, request);
  return request;
}

/** Storage changed under this show's notes (another tab, an import): read them again. */
export async function notesChangedElsewhere(showId: string): Promise<void> {
  notesRequests.delete(showId);
  if (ownEntry(useNotesStore.getState().byShow, showId) === undefined) return;
  await notesNeeded(showId);
}

/** Forgets every loaded note, for a fresh start or after a restore; pages read them again. */
export function notesUnloaded(): void {
  notesRequests.clear();
  useNotesStore.setState({ byShow: {} });
}

function readyNotes(showId: string): readonly StoredNote[] | null {
  const state = ownEntry(useNotesStore.getState().byShow, showId);
  return state?.status === 'ready' ? state.notes : null;
}

/** Adds or changes one note; only its own record is written. A failed write keeps it on screen. */
export async function noteSaved(note: StoredNote): Promise<boolean> {
  const notes = readyNotes(note.showId);
  if (notes) {
    const known = notes.some((existing) => existing.id === note.id);
    showNotesSet(note.showId, {
      status: 'ready',
      notes: known
        ? notes.map((existing) => (existing.id === note.id ? note : existing))
        : [...notes, note],
    });
  }
  return persist('your note', (database) => saveNote(database, note), {
    type: 'notes',
    showId: note.showId,
  });
}

/**
 * Deletes a note and forgets that it was revealed: a note's reveal is tied to its id, and a later
 * note under the same id (from a pack, say) must not open unasked.
 */
export async function noteDeleted(showId: string, noteId: string): Promise<boolean> {
  const notes = readyNotes(showId);
  if (notes) {
    showNotesSet(showId, { status: 'ready', notes: notes.filter((note) => note.id !== noteId) });
  }
  const revealKey = noteRevealKey(noteId);
  const [deleted] = await Promise.all([
    persist('deleting your note', (database) => deleteNote(database, noteId), {
      type: 'notes',
      showId,
    }),
    ownEntry(useRevealsStore.getState().revealed, showId)?.has(revealKey)
      ? itemHiddenAgain(showId, revealKey)
      : null,
  ]);
  return deleted;
}

/** "note-<time>-<random>": unique, and in the order the notes were written. */
export function newNoteId(now = Date.now()): string {
  const random = crypto.getRandomValues(new Uint32Array(2));
  return `note-${now.toString(36)}-${[...random].map((part) => part.toString(36)).join('')}`;
}

/**
 * Notes read just before another tab deleted the database, for shows no page had opened; each of
 * `showIds` that had none holds none.
 */
export function notesRescued(showIds: Iterable<string>, rescued: readonly StoredNote[]): void {
  const byShow = new Map<string, StoredNote[]>([...showIds].map((showId) => [showId, []]));
  for (const note of rescued) byShow.set(note.showId, [...(byShow.get(note.showId) ?? []), note]);
  for (const [showId, notes] of byShow) {
    if (readyNotes(showId)) continue;
    showNotesSet(showId, { status: 'ready', notes });
    notesRequests.set(showId, Promise.resolve());
  }
}

/** Every note this tab holds, and the shows whose notes it never read. */
export function notesHeld(showIds: Iterable<string>): {
  notes: StoredNote[];
  showIdsNotRead: string[];
} {
  const { byShow } = useNotesStore.getState();
  const notes = Object.values(byShow).flatMap((state) =>
    state.status === 'ready' ? state.notes : [],
  );
  const showIdsNotRead = [...showIds].filter((showId) => readyNotes(showId) === null);
  return { notes, showIdsNotRead };
}

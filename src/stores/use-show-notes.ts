import { useEffect } from 'react';
import { useLibraryLoaded } from './library-store';
import { notesNeeded, useNotesState, type NotesState } from './notes-store';

/** A show's notes, read from storage once a page needs them (and storage is open). */
export function useShowNotes(showId: string): NotesState {
  const libraryLoaded = useLibraryLoaded();
  const state = useNotesState(showId);
  const needed = libraryLoaded && state.status === 'loading';
  useEffect(() => {
    if (needed) void notesNeeded(showId);
  }, [needed, showId]);
  return state;
}

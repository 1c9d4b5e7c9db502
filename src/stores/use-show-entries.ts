import { useEffect } from 'react';
import {
  entriesNeeded,
  useEntriesState,
  useLibraryLoaded,
  type EntriesState,
} from './library-store';

/** A show's entries, read from storage once a page needs them (and storage is open). */
export function useShowEntries(showId: string): EntriesState {
  const libraryLoaded = useLibraryLoaded();
  const state = useEntriesState(showId);
  const needed = libraryLoaded && state.status === 'loading';
  useEffect(() => {
    if (needed) void entriesNeeded(showId);
  }, [needed, showId]);
  return state;
}

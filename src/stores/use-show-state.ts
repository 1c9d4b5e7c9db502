import { useEffect, useMemo } from 'react';
import type { ShowState } from '../domain/show-state';
import { useActiveProfileId } from './active-profile';
import { notesKey, notesNeeded, useNotesStore } from './notes-store';
import { ownEntry } from './own-entry';
import { useRoomParts } from './room-states';
import { useSafeUpTo } from './safe-up-to-store';
import { shownShowState, useShownLibraryStates, type LibraryShowStates } from './shown-show-state';
import {
  showStateCache,
  showsMissing,
  useEntriesNeeded,
  useRecordsNeeded,
  useStoreParts,
} from './show-states';

/**
 * Page views get their ShowStates here or from shown-show-state.ts, each through shownShowState,
 * for the room and a shared link's cap. Lint keeps src/stores/page-views from building them.
 */

const withNotes = showStateCache();

/** Reads these shows' recaps and the user's notes on them once the library has loaded. */
function useContentNeeded(states: readonly ShowState[], libraryReady: boolean): void {
  useEntriesNeeded(states, libraryReady);
  const wanted = showsMissing(states, (state) => state.notes.status === 'loading');
  const profileId = useActiveProfileId();
  useEffect(() => {
    if (!libraryReady || wanted === '') return;
    for (const showId of wanted.split('\n')) void notesNeeded(showId, profileId);
  }, [libraryReady, wanted, profileId]);
}

/** Everything stored about one show, with its recaps and notes read once a page needs them. */
export function useShowState(showId: string): ShowState {
  const parts = useStoreParts();
  const key = notesKey(useActiveProfileId(), showId);
  const notes = useNotesStore((state) => ownEntry(state.byShow, key));
  const room = useRoomParts();
  const safeUpTo = useSafeUpTo(showId);
  const state = shownShowState(withNotes.stateOf(parts, notes, showId), room, safeUpTo);
  const states = useMemo(() => [state], [state]);
  useRecordsNeeded(states, parts.libraryStatus === 'ready');
  useContentNeeded(states, parts.libraryStatus === 'ready');
  return state;
}

/** The state of every readable show in the library, in title order, with recaps and notes. */
export function useLibraryShowStates(): LibraryShowStates {
  const profileId = useActiveProfileId();
  const notes = useNotesStore((state) => state.byShow);
  const library = useShownLibraryStates(withNotes, (showId) =>
    ownEntry(notes, notesKey(profileId, showId)),
  );
  useContentNeeded(library.states, library.loaded);
  return library;
}

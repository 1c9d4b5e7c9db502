import { useEffect, useMemo } from 'react';
import type { NotesState, ShowState } from '../domain/show-state';
import { useActiveProfileId } from './active-profile';
import { notesKey, notesNeeded, useNotesStore } from './notes-store';
import { ownEntry } from './own-entry';
import { useRoomParts } from './room-states';
import { useSafeUpTo, useSafeUpToStore } from './safe-up-to-store';
import { shownShowState } from './shown-show-state';
import { showStateCache, showsMissing, useEntriesNeeded, useStoreParts } from './show-states';

/**
 * The only way a page view gets a ShowState: each comes through shownShowState, for the room and
 * a shared link's cap. Lint keeps src/stores/page-views from building them any other way.
 */

const withNotes = showStateCache();
const withoutNotes = showStateCache();
const NO_NOTES = () => undefined;

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
  useContentNeeded(
    useMemo(() => [state], [state]),
    parts.libraryStatus === 'ready',
  );
  return state;
}

interface LibraryShowStates {
  loaded: boolean;
  states: readonly ShowState[];
}

/**
 * Every readable show in the library, in title order, as pages may show it. A page across shows
 * has no address of its own show, so each is held to the value held for the session.
 */
function useShownLibraryStates(
  cache: ReturnType<typeof showStateCache>,
  notesOf: (showId: string) => NotesState | undefined,
): LibraryShowStates {
  const parts = useStoreParts();
  const stored = cache.libraryStates(parts, notesOf);
  const room = useRoomParts();
  const heldByShow = useSafeUpToStore((state) => state.byShow);
  const states = useMemo(
    () => stored.map((state) => shownShowState(state, room, ownEntry(heldByShow, state.showId))),
    [stored, room, heldByShow],
  );
  return { loaded: parts.libraryStatus === 'ready', states };
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

/**
 * The same without the user's notes, and without reading any show's recaps: for pages that show
 * no notes and choose whose recaps they need (the library's tiles, the spoiler shield).
 */
export function useLibraryShowStatesWithoutNotes(): LibraryShowStates {
  return useShownLibraryStates(withoutNotes, NO_NOTES);
}

import { useEffect, useMemo } from 'react';
import type { ShowState } from '../domain/show-state';
import type { NoteVersions } from '../domain/sync-notes';
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
import { useNoteChoices } from './sync-store';

/**
 * Page views get their ShowStates here or from shown-show-state.ts, each through shownShowState,
 * for the room and a shared link's cap. Lint keeps src/stores/page-views from building them.
 */

const withNotes = showStateCache();

const choicesHeld = new WeakMap<ShowState, { all: readonly NoteVersions[]; state: ShowState }>();

/**
 * The state with its show's notes that wait for a choice of version; the same object while
 * neither changes, and the state itself while its show has none.
 */
function withNoteChoices(state: ShowState, all: readonly NoteVersions[]): ShowState {
  const cached = choicesHeld.get(state);
  if (cached?.all === all) return cached.state;
  const ofShow = all.filter((choice) => choice.showId === state.showId);
  const held = ofShow.length === 0 ? state : { ...state, noteChoices: ofShow };
  choicesHeld.set(state, { all, state: held });
  return held;
}

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
  const noteChoices = useNoteChoices();
  const room = useRoomParts();
  const safeUpTo = useSafeUpTo(showId);
  const stored = withNoteChoices(withNotes.stateOf(parts, notes, showId), noteChoices);
  const state = shownShowState(stored, room, safeUpTo);
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

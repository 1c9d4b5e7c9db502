import { useEffect, useMemo } from 'react';
import type { ShowState } from '../domain/show-state';
import { useActiveProfileId } from './active-profile';
import { notesKey, notesNeeded, useNotesStore } from './notes-store';
import { ownEntry } from './own-entry';
import { useHeldToSafeUpTo } from './safe-up-to-store';
import { roomShowState, useRoomParts } from './room-states';
import { showStateCache, showsMissing, useEntriesNeeded, useStoreParts } from './show-states';

const cache = showStateCache();

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
  const state = useHeldToSafeUpTo(roomShowState(cache.stateOf(parts, notes, showId), room));
  useContentNeeded(
    useMemo(() => [state], [state]),
    parts.libraryStatus === 'ready',
  );
  return state;
}

/** The state of every readable show in the library, in title order, with recaps and notes. */
export function useLibraryShowStates(): { loaded: boolean; states: readonly ShowState[] } {
  const parts = useStoreParts();
  const profileId = useActiveProfileId();
  const notes = useNotesStore((state) => state.byShow);
  const stored = cache.libraryStates(parts, (showId) =>
    ownEntry(notes, notesKey(profileId, showId)),
  );
  const room = useRoomParts();
  const states = useMemo(
    () => (room.present.length > 0 ? stored.map((state) => roomShowState(state, room)) : stored),
    [stored, room],
  );
  useContentNeeded(states, parts.libraryStatus === 'ready');
  return { loaded: parts.libraryStatus === 'ready', states };
}

import { useMemo } from 'react';
import type { NotesState, ShowState } from '../domain/show-state';
import { ownEntry } from './own-entry';
import { roomShowState, useRoomParts, type RoomParts } from './room-states';
import { useRoomPresent } from './room-store';
import { useSafeUpToStore } from './safe-up-to-store';
import { showStateCache, useHeadsNeeded, useRecordsNeeded, useStoreParts } from './show-states';

const held = new WeakMap<ShowState, { safeUpTo: string; state: ShowState }>();

/** The state held to a shared link's "safe up to"; the same object while neither changes. */
function heldTo(state: ShowState, safeUpTo: string | undefined): ShowState {
  if (safeUpTo === undefined) return state;
  const cached = held.get(state);
  if (cached?.safeUpTo === safeUpTo) return cached.state;
  const capped = { ...state, safeUpTo };
  held.set(state, { safeUpTo, state: capped });
  return capped;
}

/**
 * What a page may show of a show as stored: what everyone watching together may see, held to
 * the "safe up to" value a shared link holds for it. Every page view's ShowState comes from here
 * (this file and use-show-state.ts), so no page can leave the room or the cap out.
 */
export function shownShowState(
  stored: ShowState,
  room: RoomParts,
  safeUpTo: string | undefined,
): ShowState {
  return heldTo(roomShowState(stored, room), safeUpTo);
}

export interface LibraryShowStates {
  loaded: boolean;
  states: readonly ShowState[];
}

/**
 * Every readable show in the library, in title order, as pages may show it. A page across shows
 * has no address of its own show, so each is held to the value held for the session. With a cache
 * of whole records, each show's record is read as the page opens, and the page stays loading until
 * all are in.
 */
export function useShownLibraryStates(
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
  const libraryReady = parts.libraryStatus === 'ready';
  useRecordsNeeded(stored, libraryReady, cache.readsRecords);
  useHeadsNeeded(cache.headsWanted(parts, stored));
  const loaded = libraryReady && stored.every((state) => state.record.status !== 'loading');
  return { loaded, states };
}

const withoutNotes = showStateCache();
const tiles = showStateCache('summaries');
const NO_NOTES = () => undefined;

/**
 * The library's shows without the user's notes, and without reading any show's recaps: for a
 * page that shows no notes and chooses whose recaps it needs (the spoiler shield). Here rather
 * than in use-show-state.ts, so that the library does not load the notes store.
 */
export function useLibraryShowStatesWithoutNotes(): LibraryShowStates {
  return useShownLibraryStates(withoutNotes, NO_NOTES);
}

/**
 * The library's shows as their tiles show them: built on each show's summary, so that the first
 * page reads no show's episodes, characters, recaps or notes. A summary's tile record holds the
 * order only around the user's own furthest episode; while watching together, or held to a shared
 * link's "safe up to", other places in the order count, and the tiles read whole records.
 */
export function useLibraryTileStates(): LibraryShowStates {
  const together = useRoomPresent().length > 0;
  const held = useSafeUpToStore((state) => Object.keys(state.byShow).length > 0);
  return useShownLibraryStates(together || held ? withoutNotes : tiles, NO_NOTES);
}

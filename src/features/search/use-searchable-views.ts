import { useMemo } from 'react';
import type { SearchableViews } from '../../domain/search';
import { entryViews, episodeRow, presentCharacters } from '../../domain/views';
import type { StoredShow } from '../../storage/database';
import { useWatched } from '../../stores/progress-store';
import { useEntriesGate, useGate } from '../../stores/use-gate';
import { useShowEntries } from '../../stores/use-show-entries';
import { useShowNotes } from '../../stores/use-show-notes';

const NONE: readonly never[] = [];

/**
 * What the gate lets search see of a show, built only while `wanted` and again when the gate
 * changes; null until progress, recaps and notes have loaded.
 */
export function useSearchableViews(stored: StoredShow, wanted: boolean): SearchableViews | null {
  const showId = stored.show.id;
  const gate = useGate(showId);
  const entriesGate = useEntriesGate(showId);
  const entriesState = useShowEntries(showId);
  const notesState = useShowNotes(showId);
  const watched = useWatched(showId);
  const loaded =
    gate.status !== 'loading' &&
    entriesState.status !== 'loading' &&
    notesState.status !== 'loading';
  return useMemo(
    () =>
      wanted && loaded
        ? {
            rows: stored.episodes.map((episode) => episodeRow(gate, episode, watched)),
            entries: entryViews(
              entriesGate,
              entriesState.status === 'ready' ? entriesState.entries : NONE,
            ),
            notes: entryViews(gate, notesState.status === 'ready' ? notesState.notes : NONE),
            characters: presentCharacters(gate, stored.characters),
          }
        : null,
    [wanted, loaded, stored, gate, entriesGate, entriesState, notesState, watched],
  );
}

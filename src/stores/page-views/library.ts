import { useMemo } from 'react';
import { libraryPage, type LibraryPage } from '../../domain/pages/library-page';
import { useEntriesNeeded } from '../show-states';
import { useLibraryShowStatesWithoutNotes } from '../shown-show-state';

/** The library's tiles. The shows' recaps are read too, for "Catch up before S1E5"; notes are not. */
export function useLibraryPage(): LibraryPage {
  const { loaded, states } = useLibraryShowStatesWithoutNotes();
  useEntriesNeeded(states, loaded);
  return useMemo(() => libraryPage(states), [states]);
}

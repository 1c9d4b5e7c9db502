import { useMemo } from 'react';
import { libraryPage, type LibraryPage } from '../../domain/pages/library-page';
import { showStateCache, useEntriesNeeded, useStoreParts } from '../show-states';

const cache = showStateCache();
const NO_NOTES = () => undefined;

/** The library's tiles. The shows' recaps are read too, for "Catch up before S1E5"; notes are not. */
export function useLibraryPage(): LibraryPage {
  const parts = useStoreParts();
  const states = cache.libraryStates(parts, NO_NOTES);
  useEntriesNeeded(states, parts.libraryStatus === 'ready');
  return useMemo(() => libraryPage(states), [states]);
}

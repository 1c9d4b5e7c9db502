import { useMemo } from 'react';
import { libraryPage, type LibraryPage } from '../../domain/pages/library-page';
import { useLibraryShowStates } from '../use-show-state';

/** The library's tiles; the shows' recaps are read too, for "Catch up before S1E5". */
export function useLibraryPage(): LibraryPage {
  const { states } = useLibraryShowStates('entries');
  return useMemo(() => libraryPage(states), [states]);
}

import { useMemo } from 'react';
import { libraryPage, type LibraryPage } from '../../domain/pages/library-page';
import { useShowSummaries } from '../library-store';
import { useLibraryTileStates } from '../shown-show-state';

/** The library's tiles, from each show's summary: no show's episodes, recaps or notes are read. */
export function useLibraryPage(): LibraryPage {
  const { states } = useLibraryTileStates();
  const summaries = useShowSummaries();
  return useMemo(() => libraryPage(states, summaries), [states, summaries]);
}

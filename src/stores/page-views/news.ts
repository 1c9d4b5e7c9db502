import { useMemo } from 'react';
import { libraryNewsPage, showNewsPage, type NewsPageView } from '../../domain/pages/news-page';
import { useLibraryShowStates, useShowState } from '../use-show-state';

export function useShowNewsPage(showId: string): NewsPageView {
  const state = useShowState(showId);
  return useMemo(() => showNewsPage(state), [state]);
}

export function useLibraryNewsPage(): NewsPageView {
  const { loaded, states } = useLibraryShowStates();
  return useMemo(() => libraryNewsPage(states, loaded), [states, loaded]);
}

import { useMemo } from 'react';
import { catchUpLink, storyPage, type StoryPage } from '../../domain/pages/story-page';
import { useShowState } from '../use-show-state';

export function useStoryPage(showId: string): StoryPage {
  const state = useShowState(showId);
  return useMemo(() => storyPage(state), [state]);
}

/** "Catch up before S1E5" for the library tile, or null with nothing to catch up on. */
export function useCatchUpLink(showId: string): { readonly code: string } | null {
  const state = useShowState(showId);
  return useMemo(() => catchUpLink(state), [state]);
}

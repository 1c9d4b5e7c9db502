import { useMemo } from 'react';
import { storyPage, type StoryPage } from '../../domain/pages/story-page';
import { useShowState } from '../use-show-state';

export function useStoryPage(showId: string): StoryPage {
  const state = useShowState(showId);
  return useMemo(() => storyPage(state), [state]);
}

import { useMemo } from 'react';
import { episodePage, type EpisodePage } from '../../domain/pages/episode-page';
import { useShowState } from '../use-show-state';

export function useEpisodePage(showId: string, code: string): EpisodePage {
  const state = useShowState(showId);
  return useMemo(() => episodePage(state, code), [state, code]);
}

import { useMemo } from 'react';
import { showPage, type ShowPage } from '../../domain/pages/show-page';
import { useShowState } from '../use-show-state';

export function useShowPage(showId: string): ShowPage {
  const state = useShowState(showId);
  return useMemo(() => showPage(state), [state]);
}

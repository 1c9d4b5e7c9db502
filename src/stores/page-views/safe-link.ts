import { useMemo } from 'react';
import { safeLinkView, type SafeLinkView } from '../../domain/pages/safe-link-view';
import { useShowState } from '../use-show-state';

export function useSafeLink(showId: string): SafeLinkView {
  const state = useShowState(showId);
  return useMemo(() => safeLinkView(state), [state]);
}

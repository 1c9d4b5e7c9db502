import { useMemo } from 'react';
import { catchUpLink } from '../../domain/pages/catch-up-link';
import { useShowState } from '../use-show-state';

/** "Catch up before S1E5" for the library tile, or null with nothing to catch up on. */
export function useCatchUpLink(showId: string): { readonly code: string } | null {
  const state = useShowState(showId);
  return useMemo(() => catchUpLink(state), [state]);
}

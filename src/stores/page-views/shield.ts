import { useMemo } from 'react';
import { shieldPage, type ShieldPage, type ShieldRequest } from '../../domain/pages/shield-page';
import { useEntriesNeeded } from '../show-states';
import { useLibraryShowStatesWithoutNotes } from '../shown-show-state';

/**
 * The spoiler shield for the show chosen by id (the first one when none is), checking the text
 * the page holds. The text stays with the page: nothing here keeps it.
 */
export function useShieldPage(wantedId: string | null, request: ShieldRequest | null): ShieldPage {
  const { loaded, states } = useLibraryShowStatesWithoutNotes();
  const chosen = useMemo(
    () => states.filter((state) => state.showId === (wantedId ?? states[0]?.showId)),
    [states, wantedId],
  );
  useEntriesNeeded(chosen, loaded);
  return useMemo(
    () => shieldPage(loaded ? states : null, wantedId, request),
    [loaded, states, wantedId, request],
  );
}

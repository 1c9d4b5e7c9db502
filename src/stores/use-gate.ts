import { useMemo } from 'react';
import { episodeOrder, horizonPosition } from '../domain/episode-order';
import { LOADING_GATE, type Gate } from '../domain/gate';
import { useEntriesState, useShow, useUnreadableShowIds } from './library-store';
import { useProgressLoaded, useWatched } from './progress-store';
import { useRevealed } from './reveals-store';
import { useUpcomingTitles } from './settings-store';

/** The gate for one show, from raw progress, reveals and settings; covered until all have loaded. */
export function useGate(showId: string): Gate {
  const stored = useShow(showId);
  const unreadable = useUnreadableShowIds().includes(showId);
  const progressLoaded = useProgressLoaded();
  const watched = useWatched(showId);
  const revealed = useRevealed(showId);
  const upcomingTitles = useUpcomingTitles();
  return useMemo((): Gate => {
    if (unreadable)
      return { status: 'unreadable', reason: 'The saved copy of this show could not be read.' };
    if (!stored || !progressLoaded) return LOADING_GATE;
    const order = episodeOrder(stored.episodes);
    return {
      status: 'ready',
      order,
      horizon: horizonPosition(order, watched),
      revealed,
      upcomingTitles,
    };
  }, [stored, unreadable, progressLoaded, watched, revealed, upcomingTitles]);
}

/** The gate for a show's entries: covered while they load or when they cannot be read. */
export function useEntriesGate(showId: string): Gate {
  const gate = useGate(showId);
  const entries = useEntriesState(showId);
  if (entries.status === 'ready') return gate;
  return entries.status === 'loading'
    ? LOADING_GATE
    : { status: 'unreadable', reason: entries.problem };
}

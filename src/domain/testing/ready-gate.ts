import { episodeOrder, horizonPosition } from '../episode-order';
import type { ReadyGate, UpcomingTitles } from '../gate';
import type { Episode } from '../pack';

export function readyGate(
  episodes: readonly Episode[],
  watched: Iterable<string> = [],
  revealed: Iterable<string> = [],
  upcomingTitles: UpcomingTitles = 'next',
): ReadyGate {
  const order = episodeOrder(episodes);
  return {
    status: 'ready',
    order,
    horizon: horizonPosition(order, watched),
    revealed: new Set(revealed),
    upcomingTitles,
  };
}

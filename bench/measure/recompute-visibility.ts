import { episodeOrder, horizonPosition } from '../../src/domain/episode-order';
import type { ReadyGate } from '../../src/domain/gate';
import type { Pack } from '../../src/domain/pack';
import { itemView, presentCharacterNames } from '../../src/domain/page-items';
import { episodeRow } from '../../src/domain/views';

/**
 * Milliseconds, per run, to decide anew what is visible in the whole show after one more episode
 * is marked: the horizon from the watched set, then every entry's view and every episode's row.
 * Runs in Node on the app's own domain functions; the page does less, as only rows in view are
 * built.
 */
export function recomputeVisibilityTimes(pack: Pack, runs: number): number[] {
  const order = episodeOrder(pack.episodes);
  const halfway = Math.floor(order.codes.length / 2);
  const watched = new Set(order.codes.slice(0, halfway));
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const code = order.codes[halfway + run];
    if (code !== undefined) watched.add(code);
    const start = performance.now();
    const gate: ReadyGate = {
      status: 'ready',
      order,
      horizon: horizonPosition(order, watched),
      revealed: new Set(),
      upcomingTitles: 'next',
    };
    const names = presentCharacterNames(gate, pack.characters);
    const views = pack.entries.map((entry) => itemView(gate, entry, names));
    const rows = pack.episodes.map((episode) => episodeRow(gate, episode, watched));
    times.push(performance.now() - start);
    if (views.length !== pack.entries.length || rows.length !== pack.episodes.length) {
      throw new Error('recompute skipped items');
    }
  }
  return times;
}

import { episodeOrder, watchedAfterMark } from '../../src/domain/episode-order';
import type { Pack } from '../../src/domain/pack';
import { episodePage } from '../../src/domain/pages/episode-page';
import type { ShowState } from '../../src/domain/show-state';
import { packShowState } from '../../src/domain/testing/pack-show-state';

/**
 * Milliseconds, per run, to build an episode page's view again once its own episode is marked
 * watched: the gate for the new progress, the episode's items, its neighbours and the note form's
 * picker, from the show state the stores hand over. Half the show is watched to begin with; each
 * run opens the next episode's page (not counted: opening it is no mark) and marks it as the
 * progress store does; making the new watched set, a copy of the old, is not counted either. Runs
 * in Node on the app's own domain functions.
 */
export function recomputeEpisodePageTimes(pack: Pack, runs: number): number[] {
  const { codes } = episodeOrder(pack.episodes);
  const halfway = Math.floor(codes.length / 2);
  let state: ShowState = packShowState(pack, { watched: codes.slice(0, halfway) });
  const times: number[] = [];
  for (const code of codes.slice(halfway, halfway + runs)) {
    episodePage(state, code);
    state = { ...state, watched: watchedAfterMark(state.watched, [code], true) };
    const start = performance.now();
    const view = episodePage(state, code);
    times.push(performance.now() - start);
    if (view.status !== 'ready' || !view.episode.watched) {
      throw new Error(`the mark on ${code} did not reach its page`);
    }
  }
  return times;
}

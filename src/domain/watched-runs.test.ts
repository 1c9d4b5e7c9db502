import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { episodeOrder } from './episode-order';
import { MAX_WATCHED_RUNS, progressSummaryOf, type ProgressSummary } from './progress-summary';
import { episode } from './testing/pack-builders';
import { watchedOfRuns } from './watched-runs';

const codes = Array.from({ length: 300 }, (_, index) => `S1E${index + 1}`);
const order = episodeOrder(codes.map((code) => episode(code)));

/** How many runs of consecutive episodes a watched set makes in watch order, counted here apart. */
function runCount(watched: ReadonlySet<string>): number {
  return codes.filter((code, at) => watched.has(code) && !watched.has(codes[at - 1] ?? '')).length;
}

describe('a watched set taken from its summary', () => {
  it('is the set counted, or null when it makes more runs than a summary holds', () => {
    fc.assert(
      fc.property(fc.subarray(codes), fc.subarray(codes, { maxLength: 5 }), (some, few) => {
        // Sets of many runs and sets of a few, both.
        for (const watched of [new Set(some), new Set(few)]) {
          const ofRuns = watchedOfRuns(order, progressSummaryOf(order, watched));
          if (runCount(watched) > MAX_WATCHED_RUNS) expect(ofRuns).toBeNull();
          else expect(ofRuns).toEqual(watched);
        }
      }),
    );
  });

  it('is the set counted at 64 runs, and null at 65', () => {
    const everyOther = (runs: number) =>
      new Set(codes.filter((_, at) => at % 2 === 0).slice(0, runs));
    expect(watchedOfRuns(order, progressSummaryOf(order, everyOther(64)))).toEqual(everyOther(64));
    expect(watchedOfRuns(order, progressSummaryOf(order, everyOther(65)))).toBeNull();
  });

  it('is the set counted for a whole season watched, and for nothing watched', () => {
    const all = new Set(codes);
    expect(watchedOfRuns(order, progressSummaryOf(order, all))).toEqual(all);
    expect(watchedOfRuns(order, progressSummaryOf(order, new Set()))).toEqual(new Set());
  });

  const counted = progressSummaryOf(order, new Set(['S1E1', 'S1E2', 'S1E5']));

  it.each<[string, Partial<ProgressSummary>]>([
    ['runs it does not hold', { watchedRuns: null }],
    ['runs that overlap', { watchedRuns: [0, 1, 1, 4] }],
    ['runs out of order', { watchedRuns: [4, 4, 0, 1] }],
    ['a run past the last episode', { watchedRuns: [0, 1, 4, 300] }],
    ['a run without its end', { watchedRuns: [0, 1, 4] }],
    ['a run that is not whole positions', { watchedRuns: [0, 1.5, 4, 4] }],
    ['runs that say more were watched than counted', { watchedRuns: [0, 2, 4, 4] }],
    ['a count that says more were watched', { watchedCount: 4 }],
    ['another furthest episode', { horizon: 'S1E6' }],
    ['another count of skipped episodes', { skipped: 1 }],
    ['counts made against another order', { orderKey: 'another' }],
  ])('is null for a summary with %s: the marks are read instead', (_, change) => {
    expect(watchedOfRuns(order, counted)).toEqual(new Set(['S1E1', 'S1E2', 'S1E5']));
    expect(watchedOfRuns(order, { ...counted, ...change })).toBeNull();
  });
});

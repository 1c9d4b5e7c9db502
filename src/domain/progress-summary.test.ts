import { describe, expect, it } from 'vitest';
import { episodeOrder } from './episode-order';
import { horizonStandIn, orderKeyOf, progressSummaryOf } from './progress-summary';
import { episode, seasonCodes } from './testing/pack-builders';

const codes = seasonCodes(1, 4);
const order = episodeOrder(codes.map((code) => episode(code)));

describe('progressSummaryOf', () => {
  // Runs are positions in watch order, first and last of each; none when a mark is on an
  // episode the show does not list, as S9E9.
  it.each([
    [[], 0, 0, null, []],
    [['S1E1'], 1, 0, 'S1E1', [0, 0]],
    [['S1E2'], 1, 1, 'S1E2', [1, 1]],
    [['S1E4'], 1, 3, 'S1E4', [3, 3]],
    [['S1E1', 'S1E3'], 2, 1, 'S1E3', [0, 0, 2, 2]],
    [['S1E1', 'S1E2', 'S1E3', 'S1E4'], 4, 0, 'S1E4', [0, 3]],
    [['S1E2', 'S9E9'], 1, 1, 'S1E2', null],
    [['S9E9'], 0, 0, null, null],
  ] as const)(
    'with %j watched: %i watched, %i skipped, furthest %s, runs %j',
    (watched, watchedCount, skipped, horizon, watchedRuns) => {
      expect(progressSummaryOf(order, new Set(watched))).toEqual({
        orderKey: orderKeyOf(codes),
        watchedCount,
        skipped,
        horizon,
        watchedRuns,
      });
    },
  );
});

describe('orderKeyOf', () => {
  it('tells apart orders that differ in one code, in their order, or in how codes split', () => {
    const keys = [
      ['S1E1', 'S1E2'],
      ['S1E2', 'S1E1'],
      ['S1E1', 'S1E3'],
      ['S1E1', 'S1E2', 'S1E3'],
      ['S1E1S1E2'],
      [],
    ].map(orderKeyOf);
    expect(new Set(keys).size).toBe(keys.length);
    expect(orderKeyOf(['S1E1', 'S1E2'])).toBe(keys[0]);
  });
});

describe('horizonStandIn', () => {
  it('holds only the furthest watched episode, or nothing', () => {
    const summary = progressSummaryOf(order, new Set(['S1E1', 'S1E3']));
    expect([...horizonStandIn(summary)]).toEqual(['S1E3']);
    expect([...horizonStandIn(progressSummaryOf(order, new Set()))]).toEqual([]);
  });
});

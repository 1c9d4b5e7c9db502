import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { episodeOrder, horizonPosition, watchedAfterMark } from './episode-order';
import { episode, seasonCodes } from './testing/pack-builders';

const codes = [...seasonCodes(1, 6), 'S0E1', ...seasonCodes(2, 5)];
const order = episodeOrder(codes.map((code) => episode(code)));
/** Codes a mark may name: the show's, and one it does not list. */
const markable = fc.constantFrom(...codes, 'S9E9');

/** The spec's horizon, worked out here apart: the furthest watched episode in canonical order. */
const furthest = (watched: ReadonlySet<string>) =>
  Math.max(-1, ...[...watched].map((code) => codes.indexOf(code)));

describe('the horizon after a run of marks', () => {
  it('is the furthest watched episode, whether or not the horizon before each mark was known', () => {
    fc.assert(
      fc.property(
        fc.subarray(codes),
        fc.array(
          fc.record({
            codes: fc.array(markable, { minLength: 1, maxLength: 3 }),
            watched: fc.boolean(),
            looked: fc.boolean(),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (start, marks) => {
          let watched: ReadonlySet<string> = new Set(start);
          for (const mark of marks) {
            watched = watchedAfterMark(watched, mark.codes, mark.watched);
            // A page may or may not have read the horizon between two marks.
            if (mark.looked) expect(horizonPosition(order, watched)).toBe(furthest(watched));
          }
          expect(horizonPosition(order, watched)).toBe(furthest(watched));
        },
      ),
    );
  });
});

import fc from 'fast-check';
import { expect, it } from 'vitest';
import { episodeOrder } from '../episode-order';
import { progressSummaryOf } from '../progress-summary';
import type { ShowRules, UpcomingDetail } from '../show-rules';
import type { ShowState } from '../show-state';
import {
  headsMissing,
  showSummary,
  tileRecord,
  withHeads,
  type EpisodeHeads,
} from '../show-summary';
import { packShowState } from '../testing/pack-show-state';
import { withProgress } from '../testing/pack-arbitraries';
import { showTile } from './library-page';

const detail = fc.constantFrom<UpcomingDetail>('hidden', 'title', 'title-and-synopsis');
const rulesArbitrary: fc.Arbitrary<ShowRules> = fc.record({
  strict: fc.boolean(),
  upcoming: fc.option(fc.record({ next: detail, season: detail, later: detail }), { nil: null }),
  met: fc.constant([]),
});

it('shows on a tile built from the show’s summary exactly what the whole show would show', () => {
  fc.assert(
    fc.property(
      withProgress,
      rulesArbitrary,
      fc.boolean(),
      ({ subject, ...progress }, rules, counted) => {
        const whole: ShowState = { ...packShowState(subject, progress), rules };
        const summary = showSummary(
          whole.record.status === 'ready' ? whole.record.record : subject,
          subject.entries,
        );
        // The furthest watched episode in watch order, which the library's stored counts name.
        const codes = episodeOrder(subject.episodes).codes;
        const horizon = codes.findLast((code) => whole.watched.has(code)) ?? null;
        // As start-up reads it: no heads, then only the chunks the tile reads.
        const asRead = { ...summary, heads: new Map<number, EpisodeHeads>() };
        if (codes.length > 0) expect(tileRecord(asRead, horizon)).toBeNull();
        const chunks = headsMissing(asRead, horizon);
        const withRead = withHeads(
          asRead,
          new Map(chunks.map((chunk) => [chunk, summary.heads.get(chunk)!])),
        );
        const record = tileRecord(withRead, horizon);
        if (record === null) throw new Error('the chunks headsMissing named were not enough');
        // As the stores give it: the stored counts and the furthest episode, or the whole set once read.
        const fromSummary: ShowState = {
          ...whole,
          record: { status: 'ready', record },
          ...(counted
            ? {
                watched: new Set(horizon === null ? [] : [horizon]),
                progressSummary: progressSummaryOf(episodeOrder(subject.episodes), whole.watched),
              }
            : {}),
        };

        const tile = showTile(fromSummary, summary);
        const expected = showTile(whole, summary);
        expect(tile).toEqual(expected);
        expect(tile?.total ?? codes.length).toBe(codes.length);
      },
    ),
    { numRuns: 300 },
  );
});

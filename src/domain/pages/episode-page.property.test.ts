import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SHOW_RULES } from '../show-rules';
import type { ShowState } from '../show-state';
import { packArbitrary } from '../testing/pack-arbitraries';
import { packShowState } from '../testing/pack-show-state';
import { episodePage, type EpisodePage } from './episode-page';

/** The same show read anew: equal content in new arrays and objects, so nothing built is reused. */
function readAnew(state: ShowState): ShowState {
  if (state.record.status !== 'ready' || state.entries.status !== 'ready') return state;
  const { show, episodes, characters } = state.record.record;
  return {
    ...state,
    record: {
      status: 'ready',
      record: {
        show: { ...show },
        episodes: episodes.map((episode) => ({ ...episode })),
        characters: characters.map((character) => ({ ...character })),
      },
    },
    entries: { status: 'ready', entries: state.entries.entries.map((entry) => ({ ...entry })) },
    watched: new Set(state.watched),
  };
}

/** The view as the page would use it: its data, and what its checks answer for every code. */
function asUsed(view: EpisodePage, codes: readonly string[]): unknown {
  if (view.status !== 'ready') return view;
  const picker = view.notes.spoilsPicker;
  return {
    view: JSON.parse(JSON.stringify(view)) as unknown,
    checks: [...codes, 'S99E1', ''].map((code) => [picker.check(code), picker.accepts(code)]),
  };
}

const marksArbitrary = packArbitrary.chain((subject) => {
  const codes = subject.episodes.map((episode) => episode.code);
  return fc.record({
    subject: fc.constant(subject),
    page: fc.constantFrom(...codes),
    strict: fc.boolean(),
    watched: fc.subarray(codes),
    marks: fc.array(fc.tuple(fc.constantFrom(...codes), fc.boolean()), {
      minLength: 1,
      maxLength: 6,
    }),
  });
});

describe('the episode page after a mark', () => {
  it('is the view built afresh from the same show and progress', () => {
    fc.assert(
      fc.property(marksArbitrary, ({ subject, page, strict, watched, marks }) => {
        const codes = subject.episodes.map((episode) => episode.code);
        let state: ShowState = {
          ...packShowState(subject, { watched }),
          rules: { ...DEFAULT_SHOW_RULES, strict },
        };
        episodePage(state, page);
        for (const [code, mark] of marks) {
          const next = new Set(state.watched);
          if (mark) next.add(code);
          else next.delete(code);
          state = { ...state, watched: next };
          expect(asUsed(episodePage(state, page), codes)).toEqual(
            asUsed(episodePage(readAnew(state), page), codes),
          );
        }
      }),
      { numRuns: 2000 },
    );
  });
});

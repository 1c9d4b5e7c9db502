import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { episodeSchema } from './pack-schema';
import { wellFormedEpisodes } from './well-formed-episodes';

const episode = {
  code: 'S2E14',
  title: 'The Ferry',
  airDate: '2024-02-29',
  runtime: 42,
  synopsis: 'A crossing in fog.',
};

const textAround = (length: number) =>
  fc.string({ minLength: length - 2, maxLength: length + 2, unit: 'grapheme-ascii' });

/** Mostly what the rule allows, sometimes a value near or past it. */
const field = <T, U>(allowed: fc.Arbitrary<T>, nearMiss: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 4, arbitrary: allowed }, { weight: 1, arbitrary: nearMiss });

/** Episodes near and past every rule: the schema, not this module, says which are episodes. */
const anyEpisode = fc
  .record({
    code: field(
      fc.tuple(fc.nat(1_200), fc.nat(120_000)).map(([season, number]) => `S${season}E${number}`),
      fc.oneof(fc.constantFrom('S1E', 's1e1', 'S1E1 ', 'S01E001', ''), fc.string(), fc.integer()),
    ),
    title: field(
      fc.oneof(fc.constant(null), fc.string({ maxLength: 4 }), textAround(300)),
      fc.constantFrom(undefined, '', 7, 'x'.repeat(301)),
    ),
    airDate: field(
      fc.oneof(
        fc.constant(null),
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
      ),
      fc.oneof(
        fc.constantFrom(undefined, '2023-02-29', '2024-13-01', '2024-1-01', '24-01-01'),
        fc.string({ maxLength: 12 }),
      ),
    ),
    runtime: field(
      fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 10_003 })),
      fc.oneof(fc.constantFrom(undefined, Number.NaN, Infinity, -0, '42'), fc.double()),
    ),
    synopsis: field(
      fc.oneof(fc.constant(null), textAround(10_000)),
      fc.constantFrom(undefined, '', 'x'.repeat(10_001)),
    ),
  })
  // As IndexedDB gives records back: plain objects, not fast-check's null-prototype ones.
  .map((item) => ({ ...item }))
  .chain((item) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(item) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom('extra', 'episode', 'rating')
          .map((extra) => ({ ...item, [extra]: 1 })),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...Object.keys(item))
          .map((left) => Object.fromEntries(Object.entries(item).filter(([key]) => key !== left))),
      },
    ),
  );

describe('wellFormedEpisodes', () => {
  it('accepts only episodes the schema accepts, and exactly as its output has them', () => {
    fc.assert(
      fc.property(anyEpisode, (item) => {
        if (!wellFormedEpisodes([item])) return;
        const parsed = v.safeParse(episodeSchema, item);
        expect(parsed.success).toBe(true);
        expect(parsed.output).toStrictEqual(item);
      }),
      { numRuns: 3_000 },
    );
  });

  it('accepts whatever the schema gives back, so a stored show takes the quick check', () => {
    fc.assert(
      fc.property(anyEpisode, (item) => {
        const parsed = v.safeParse(episodeSchema, item);
        if (parsed.success) expect(wellFormedEpisodes([parsed.output])).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });

  it('accepts a list of episodes with every field set or null', () => {
    const bare = { code: 'S1E1', title: null, airDate: null, runtime: null, synopsis: null };
    expect(wellFormedEpisodes([episode, bare, { ...episode, runtime: 0 }])).toBe(true);
    expect(wellFormedEpisodes([])).toBe(true);
  });

  it.each([
    ['a title of 301 characters', { ...episode, title: 'x'.repeat(301) }],
    ['an empty synopsis', { ...episode, synopsis: '' }],
    ['a runtime of 1.5 minutes', { ...episode, runtime: 1.5 }],
    ['a runtime past 10,000 minutes', { ...episode, runtime: 10_001 }],
    ['a negative runtime', { ...episode, runtime: -1 }],
    ['a thirteenth month', { ...episode, airDate: '2024-13-01' }],
    ['a code without its number', { ...episode, code: 'S1E' }],
    ['a field left out', { code: 'S1E1', title: null, airDate: null, runtime: null }],
    ['a field the schema would fill in', { ...episode, title: undefined }],
    ['a field the schema would drop', { ...episode, rating: 9 }],
    ['not an object', 'S1E1'],
    ['null', null],
  ])('refuses %s, leaving it to the schema', (_, item) => {
    expect(wellFormedEpisodes([episode, item])).toBe(false);
  });
});

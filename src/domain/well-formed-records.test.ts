import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { entrySchema, episodeSchema } from './pack-schema';
import { wellFormedEntries, wellFormedEpisodes } from './well-formed-records';

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

/**
 * Records as IndexedDB gives them back (plain objects, not fast-check's null-prototype ones),
 * sometimes with a field more or one left out.
 */
function storedVariants<T extends object>(records: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return records
    .map((record) => ({ ...record }))
    .chain((record) =>
      fc.oneof(
        { weight: 6, arbitrary: fc.constant<object>(record) },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom('extra', 'episode', 'rating')
            .map((extra) => ({ ...record, [extra]: 1 })),
        },
        {
          weight: 1,
          arbitrary: fc
            .constantFrom(...Object.keys(record))
            .map((left) =>
              Object.fromEntries(Object.entries(record).filter(([key]) => key !== left)),
            ),
        },
      ),
    );
}

/** The two properties that make a quick check safe to put before `schema`. */
function agreesWithSchema(
  schema: v.GenericSchema,
  records: fc.Arbitrary<unknown>,
  quickCheck: (items: unknown[]) => boolean,
) {
  it('accepts only records the schema accepts, and exactly as its output has them', () => {
    fc.assert(
      fc.property(records, (item) => {
        if (!quickCheck([item])) return;
        const parsed = v.safeParse(schema, item);
        expect(parsed.success).toBe(true);
        expect(parsed.output).toStrictEqual(item);
      }),
      { numRuns: 3_000 },
    );
  });

  it('accepts whatever the schema gives back, so stored records take the quick check', () => {
    fc.assert(
      fc.property(records, (item) => {
        const parsed = v.safeParse(schema, item);
        if (parsed.success) expect(quickCheck([parsed.output])).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });
}

const anyCode = field(
  fc.tuple(fc.nat(1_200), fc.nat(120_000)).map(([season, number]) => `S${season}E${number}`),
  fc.oneof(fc.constantFrom('S1E', 's1e1', 'S1E1 ', 'S01E001', ''), fc.string(), fc.integer()),
);

const anyDate = field(
  fc.oneof(
    fc.constant(null),
    fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10)),
  ),
  fc.oneof(
    fc.constantFrom(
      undefined,
      '2023-02-29',
      '2024-13-01',
      '2024-01-00',
      '2024-01-32',
      '20240-01-01',
      '2024-1-01',
      '24-01-01',
    ),
    fc.string({ maxLength: 12 }),
  ),
);

/** Episodes near and past every rule: the schema, not this module, says which are episodes. */
const anyEpisode = storedVariants(
  fc.record({
    code: anyCode,
    title: field(
      fc.oneof(fc.constant(null), fc.string({ maxLength: 4 }), textAround(300)),
      fc.constantFrom(undefined, '', 7, 'x'.repeat(301)),
    ),
    airDate: anyDate,
    runtime: field(
      fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 10_003 })),
      fc.oneof(fc.constantFrom(undefined, Number.NaN, Infinity, -0, '42'), fc.double()),
    ),
    synopsis: field(
      fc.oneof(fc.constant(null), textAround(10_000)),
      fc.constantFrom(undefined, '', 'x'.repeat(10_001)),
    ),
  }),
);

/** A list whose first place is empty, as IndexedDB keeps one: [ , item]. */
function withHole<T>(item: T): T[] {
  const list: T[] = [];
  list[1] = item;
  return list;
}

const anySlug = field(
  fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/),
  fc.constantFrom('', 'Bad', '-lead', 'x'.repeat(65), 7),
);

/** Recaps, reveals and the rest near and past every rule. */
const anyEntry = storedVariants(
  fc.record({
    id: field(
      fc.oneof(fc.string({ minLength: 1, maxLength: 8 }), textAround(200)),
      fc.constantFrom('', 'x'.repeat(201), 'zero\u200bwidth', 'bidi\u202eid', 3),
    ),
    kind: field(
      fc.constantFrom('recap', 'reveal', 'fact', 'news', 'note'),
      fc.constantFrom('diary', 'Recap', null, undefined),
    ),
    spoils: field(fc.oneof(fc.constant(null), anyCode), fc.constant(undefined)),
    title: field(
      fc.oneof(fc.constant(null), fc.string({ maxLength: 4 }), textAround(300)),
      fc.constantFrom(undefined, '', 'x'.repeat(301)),
    ),
    body: field(
      fc.string({ maxLength: 12 }),
      fc.constantFrom(null, undefined, 'x'.repeat(100_001)),
    ),
    characters: field(
      fc.array(anySlug, { maxLength: 3 }),
      fc.constantFrom(
        null,
        undefined,
        'c1',
        Array.from({ length: 201 }, () => 'c'),
        withHole('c'),
      ),
    ),
    keywords: field(
      fc.array(fc.oneof(fc.string({ minLength: 1, maxLength: 6 }), textAround(100)), {
        maxLength: 3,
      }),
      fc.constantFrom(
        null,
        undefined,
        [''],
        Array.from({ length: 51 }, () => 'k'),
      ),
    ),
    date: anyDate,
    source: field(
      fc.oneof(fc.constant(null), fc.string({ minLength: 1, maxLength: 8 }), textAround(500)),
      fc.constantFrom(undefined, '', 'x'.repeat(501)),
    ),
  }),
);

describe('wellFormedEpisodes', () => {
  agreesWithSchema(episodeSchema, anyEpisode, wellFormedEpisodes);

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

const entry = {
  id: 'ferry-recap',
  kind: 'recap',
  spoils: 'S2E14',
  title: 'Across',
  body: 'They cross in fog.',
  characters: ['mara'],
  keywords: ['ferry'],
  date: null,
  source: null,
};

describe('wellFormedEntries', () => {
  agreesWithSchema(entrySchema, anyEntry, wellFormedEntries);

  it('accepts a list of entries with every field set, empty or null', () => {
    const bare = { ...entry, spoils: null, title: null, body: '', characters: [], keywords: [] };
    expect(wellFormedEntries([entry, bare, { ...entry, kind: 'note' }])).toBe(true);
  });

  it.each([
    ['an id with a zero-width space', { ...entry, id: 'ferry\u200brecap' }],
    ['a kind of its own', { ...entry, kind: 'diary' }],
    ['spoils left out', { ...entry, spoils: undefined }],
    ['a character id that is no id', { ...entry, characters: ['Mara'] }],
    ['characters the schema would fill in', { ...entry, characters: null }],
    ['an empty keyword', { ...entry, keywords: [''] }],
    ['51 keywords', { ...entry, keywords: Array.from({ length: 51 }, () => 'k') }],
    ['a list with a hole', { ...entry, characters: withHole('mara') }],
  ])('refuses %s, leaving it to the schema', (_, item) => {
    expect(wellFormedEntries([entry, item])).toBe(false);
  });

  it('refuses a list of entries with a hole in it', () => {
    expect(wellFormedEntries(withHole(entry))).toBe(false);
  });
});

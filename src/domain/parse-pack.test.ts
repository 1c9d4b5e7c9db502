import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { packSizeProblem, parsePackText, validatePack } from './parse-pack';

const ballardText = readFileSync(
  new URL('../../public/packs/ballard.json', import.meta.url),
  'utf8',
);

function minimal(overrides: Record<string, unknown> = {}) {
  return {
    format: 'previously-pack',
    version: 1,
    show: { id: 'demo', title: 'Demo' },
    episodes: [{ code: 'S1E1' }, { code: 'S1E2' }],
    characters: [{ id: 'hero', name: 'Hero', introducedIn: null }],
    entries: [
      {
        id: 'e1',
        kind: 'recap',
        spoils: 'S1E2',
        title: 'Recap',
        body: 'Text',
        characters: ['hero'],
      },
    ],
    ...overrides,
  };
}

function problemsOf(data: unknown): string[] {
  const result = validatePack(data);
  return result.ok ? [] : result.problems;
}

describe('validatePack', () => {
  it('reads the Ballard default', () => {
    const result = parsePackText(ballardText);
    expect(result.ok && result.pack.episodes.map((e) => e.code)).toEqual(
      Array.from({ length: 10 }, (_, i) => `S1E${i + 1}`),
    );
  });

  it('fills optional fields with null and drops unknown keys', () => {
    const result = validatePack(minimal({ extra: true }));
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.pack.episodes[0]).toEqual({
      code: 'S1E1',
      title: null,
      airDate: null,
      runtime: null,
      synopsis: null,
    });
    expect(result.pack).not.toHaveProperty('extra');
  });

  it.each([
    [[1, 2], 'The file holds a list, not a recap pack object.'],
    [
      { ...minimal(), format: 'other' },
      'format: expected "previously-pack", got text; this is not a recap pack.',
    ],
    [
      { ...minimal(), version: 2 },
      'version: this pack is version 2, and this app reads versions up to 1. Update the app to import it.',
    ],
    [{ ...minimal(), version: '1' }, 'version: expected a whole number, got text.'],
    [
      minimal({ show: { id: 'Bad Id', title: 'x' } }),
      'show.id: is not a valid id (lowercase letters, digits and dashes, at most 64)',
    ],
    [minimal({ show: { id: 'demo' } }), 'show.title: is missing'],
    [minimal({ episodes: [] }), 'episodes: must hold at least 1 episodes'],
    [
      minimal({ episodes: [{ code: 'E1' }] }),
      'episodes[0].code: is not an episode code like "S1E4"',
    ],
    [
      minimal({ episodes: [{ code: 'S1E1' }, { code: 'S1E1' }] }),
      'episodes[1].code: is already used by episodes[0].code',
    ],
    [
      minimal({ episodes: [{ code: 'S1E1' }, { code: 'S01E01' }] }),
      'episodes[1].code: is already used by episodes[0].code (S01E01 and S1E1 are one episode)',
    ],
    [
      minimal({ episodes: [{ code: 'S1E1' }, { code: 'S2E10' }, { code: 'S002E010' }] }),
      'episodes[2].code: is already used by episodes[1].code (S002E010 and S2E10 are one episode)',
    ],
    [
      minimal({ episodes: [{ code: 'S1E1', runtime: 'long' }] }),
      'episodes[0].runtime: expected minutes as a number, got text',
    ],
    [
      minimal({ episodes: [{ code: 'S1E1', airDate: '9 July' }] }),
      'episodes[0].airDate: is not a date as YYYY-MM-DD',
    ],
    [
      minimal({ characters: [{ id: 'a', name: 'A', introducedIn: 'S2E1' }] }),
      'characters[0].introducedIn: "S2E1" is not an episode of this show',
    ],
    [
      minimal({ entries: [{ id: 'e', kind: 'recap', spoils: 'S2E1', title: 't', body: '' }] }),
      'entries[0].spoils: "S2E1" is not an episode of this show',
    ],
    [
      minimal({ entries: [{ id: 'e', kind: 'gossip', title: 't', body: '' }] }),
      'entries[0].kind: expected one of recap, reveal, fact, news or note, got text',
    ],
    [
      minimal({ entries: [{ id: 'e', kind: 'fact', spoils: null, body: 'x', characters: [] }] }),
      'entries[0].characters: a fact names exactly one character, this one names 0',
    ],
    [
      minimal({ entries: [{ id: 'e', kind: 'recap', spoils: null, body: 'x' }] }),
      'entries[0].title: is missing; every recap needs a title',
    ],
    [
      minimal({
        entries: [
          { id: 'e', kind: 'recap', spoils: null, title: 't', body: 'x', characters: ['ghost'] },
        ],
      }),
      'entries[0].characters[0]: is not a character of this show',
    ],
    [
      minimal({ entries: [{ id: 'e', kind: 'recap', title: 'x'.repeat(301), body: '' }] }),
      'entries[0].title: is 301 characters long; at most 300 are allowed',
    ],
  ])('refuses %j with a message naming the field', (data, message) => {
    expect(problemsOf(data)).toContain(message);
  });

  it('writes every episode code as S1E1, whatever form the file used', () => {
    const result = validatePack(
      minimal({
        episodes: [{ code: 'S01E01' }, { code: 'S001E002' }, { code: 'S0E01' }],
        characters: [{ id: 'hero', name: 'Hero', introducedIn: 'S1E02' }],
        entries: [
          { id: 'e1', kind: 'recap', spoils: 'S01E002', title: 'Recap', body: 'Text' },
          { id: 'e2', kind: 'fact', spoils: 'S00E1', body: 'Text', characters: ['hero'] },
        ],
      }),
    );
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.pack.episodes.map((e) => e.code)).toEqual(['S1E1', 'S1E2', 'S0E1']);
    expect(result.pack.characters.map((c) => c.introducedIn)).toEqual(['S1E2']);
    expect(result.pack.entries.map((e) => e.spoils)).toEqual(['S1E2', 'S0E1']);
  });

  it('refuses a pack for its structure, never for what its text says', () => {
    const markup = '<b>x</b> <script>alert(1)</script> [x](javascript:alert(1))';
    const result = validatePack(
      minimal({
        show: { id: 'demo', title: markup, network: markup, summary: markup },
        episodes: [{ code: 'S1E1', title: markup, synopsis: markup }],
        characters: [{ id: 'hero', name: markup, actor: markup, introducedIn: null }],
        entries: [
          {
            id: '<img src=x onerror=alert(1)>',
            kind: 'news',
            spoils: null,
            title: markup,
            body: markup,
            characters: ['hero'],
            keywords: [markup],
            date: null,
            source: 'javascript:alert(1)',
          },
        ],
      }),
    );
    expect(result.ok && result.pack.entries[0]?.body).toBe(markup);
  });

  describe('a key whose absence could open something must be written out', () => {
    it('refuses an entry without spoils instead of reading it as safe for anyone', () => {
      expect(
        problemsOf(minimal({ entries: [{ id: 'e', kind: 'reveal', title: 't', body: 'x' }] })),
      ).toEqual(['entries[0].spoils: is missing; write null if it is safe for anyone']);
    });

    it('refuses a character without introducedIn instead of reading it as known from the start', () => {
      expect(problemsOf(minimal({ characters: [{ id: 'hero', name: 'Hero' }] }))).toEqual([
        'characters[0].introducedIn: is missing; write null if the character is known from the premise',
      ]);
    });

    it('still reads an explicit null as safe for anyone', () => {
      const result = validatePack(
        minimal({ entries: [{ id: 'e', kind: 'news', spoils: null, title: 't', body: 'x' }] }),
      );
      expect(result.ok && result.pack.entries[0]?.spoils).toBeNull();
    });
  });

  describe('a fact opens no earlier than its character is introduced', () => {
    const withFact = (spoils: string | null, introducedIn: string | null) =>
      minimal({
        episodes: [{ code: 'S1E1' }, { code: 'S1E2' }, { code: 'S1E3' }],
        characters: [
          { id: 'hero', name: 'Hero', introducedIn: null },
          { id: 'late', name: 'Late', introducedIn },
        ],
        entries: [{ id: 'f', kind: 'fact', spoils, body: 'x', characters: ['late'] }],
      });

    it.each([
      ['S1E3', 'S1E3'],
      ['S1E3', 'S1E2'],
      [null, null],
      ['S1E1', null],
    ])('accepts a fact at %s about a character introduced in %s', (spoils, introducedIn) => {
      expect(problemsOf(withFact(spoils, introducedIn))).toEqual([]);
    });

    it.each([
      ['S1E2', 'S1E3'],
      [null, 'S1E3'],
      [null, 'S1E1'],
    ])('refuses a fact at %s about a character introduced in %s', (spoils, introducedIn) => {
      expect(problemsOf(withFact(spoils, introducedIn))).toEqual([
        `entries[0].spoils: a fact opens before its character is introduced (characters[1].introducedIn is ${introducedIn})`,
      ]);
    });

    it('follows the canonical order of the episodes, not the order of their codes', () => {
      const pack = withFact('S2E1', 'S1E3');
      pack.episodes = [{ code: 'S2E1' }, { code: 'S1E3' }];
      expect(problemsOf(pack)).toEqual([
        'entries[0].spoils: a fact opens before its character is introduced (characters[1].introducedIn is S1E3)',
      ]);
    });
  });

  it('never lets a __proto__ key reach a prototype', () => {
    const result = parsePackText(
      JSON.stringify(minimal()).replace('"show":{', '"show":{"__proto__":{"polluted":true},'),
    );
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.ok && Object.getPrototypeOf(result.pack.show)).toBe(Object.prototype);
  });
});

describe('parsePackText', () => {
  it.each([
    ['{"format": ', 'The file is not valid JSON: it ends before the JSON is complete.'],
    ['', 'The file is not valid JSON: it is empty.'],
    ['{"a": 1,\n  "b": 2 "c": 3}', 'The file is not valid JSON (line 2, column 10).'],
    ['{"title": Olivas did it}', 'The file is not valid JSON.'],
  ])('names invalid JSON %j by where, never by an excerpt', (text, message) => {
    const result = parsePackText(text);
    expect(result.ok ? [] : result.problems).toEqual([message]);
  });

  it('refuses files over 64 MB before reading them', () => {
    expect(packSizeProblem(64 * 1024 * 1024)).toBeNull();
    expect(packSizeProblem(64 * 1024 * 1024 + 1)).toBe(
      'The file is 64.0 MB; recap packs may be at most 64 MB.',
    );
  });
});

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
    [{ ...minimal(), format: 'other' }, 'format: expected "previously-pack", got "other"'],
    [
      { ...minimal(), version: 2 },
      'version: this pack is version 2, and this app reads versions up to 1',
    ],
    [{ ...minimal(), version: '1' }, 'version: expected a whole number, got "1"'],
    [minimal({ show: { id: 'Bad Id', title: 'x' } }), 'show.id: "Bad Id" is not a valid id'],
    [minimal({ show: { id: 'demo' } }), 'show.title: is missing'],
    [minimal({ episodes: [] }), 'episodes: must hold at least 1 episodes'],
    [
      minimal({ episodes: [{ code: 'E1' }] }),
      'episodes[0].code: "E1" is not an episode code like "S1E4"',
    ],
    [
      minimal({ episodes: [{ code: 'S1E1' }, { code: 'S1E1' }] }),
      'episodes[1].code: code "S1E1" is already used by episodes[0].code',
    ],
    [
      minimal({ episodes: [{ code: 'S1E1', runtime: 'long' }] }),
      'episodes[0].runtime: expected minutes as a number, got "long"',
    ],
    [
      minimal({ episodes: [{ code: 'S1E1', airDate: '9 July' }] }),
      'episodes[0].airDate: expected a date as YYYY-MM-DD, got "9 July"',
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
      'entries[0].kind: expected one of recap, reveal, fact, news or note, got "gossip"',
    ],
    [
      minimal({ entries: [{ id: 'e', kind: 'fact', body: 'x', characters: [] }] }),
      'entries[0].characters: a fact names exactly one character, this one names 0',
    ],
    [
      minimal({ entries: [{ id: 'e', kind: 'recap', body: 'x' }] }),
      'entries[0].title: is missing; every recap needs a title',
    ],
    [
      minimal({
        entries: [{ id: 'e', kind: 'recap', title: 't', body: 'x', characters: ['ghost'] }],
      }),
      'entries[0].characters[0]: "ghost" is not a character of this show',
    ],
    [
      minimal({ entries: [{ id: 'e', kind: 'recap', title: 'x'.repeat(301), body: '' }] }),
      'entries[0].title: is 301 characters long; at most 300 are allowed',
    ],
    [
      minimal({ entries: [{ id: 'e', kind: 'recap', title: '<b>t</b>', body: '' }] }),
      'entries[0].title: contains HTML markup (<b>)',
    ],
    [
      minimal({
        entries: [{ id: 'e', kind: 'recap', title: 't', body: '[x](javascript:alert(1))' }],
      }),
      'entries[0].body: links to "javascript:"',
    ],
  ])('refuses %j with a message naming the field', (data, message) => {
    expect(problemsOf(data).join('\n')).toContain(message);
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
  it('names invalid JSON', () => {
    const result = parsePackText('{"format": ');
    expect(result.ok ? '' : result.problems[0]).toMatch(/^The file is not valid JSON \(/);
  });

  it('refuses files over 64 MB before reading them', () => {
    expect(packSizeProblem(64 * 1024 * 1024)).toBeNull();
    expect(packSizeProblem(64 * 1024 * 1024 + 1)).toBe(
      'The file is 64.0 MB; recap packs may be at most 64 MB.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { codesName, codesOfSeason, episodeOrder, unwatchedBefore } from './episode-order';
import { episode, seasonCodes } from './testing/pack-builders';

const order = episodeOrder(
  [...seasonCodes(1, 3), 'S0E1', ...seasonCodes(2, 2)].map((code) => episode(code)),
);
// Canonical order: S1E1 S1E2 S1E3 S0E1 S2E1 S2E2 (the special aired between the seasons).

describe('unwatchedBefore', () => {
  it.each([
    // watched, marking, earlier unwatched, contiguous?
    [[], 'S1E1', [], true],
    [[], 'S1E3', ['S1E1', 'S1E2'], true],
    [[], 'S2E1', ['S1E1', 'S1E2', 'S1E3', 'S0E1'], true],
    [['S1E1'], 'S1E3', ['S1E2'], true],
    [['S1E1', 'S1E2'], 'S1E3', [], true],
    [['S1E2'], 'S2E1', ['S1E1', 'S1E3', 'S0E1'], false],
    [['S0E1'], 'S2E2', ['S1E1', 'S1E2', 'S1E3', 'S2E1'], false],
    [['S1E1', 'S1E3'], 'S2E2', ['S1E2', 'S0E1', 'S2E1'], false],
    [['S2E2'], 'S1E2', ['S1E1'], true],
    [['S1E3'], 'S1E3', ['S1E1', 'S1E2'], true],
    [['S9E9'], 'S1E2', ['S1E1'], true],
    [[], 'S9E9', [], true],
    [[], 'not-a-code', [], true],
  ] as const)(
    'watched %j, marking %s: %j unwatched, contiguous %j',
    (watched, code, codes, contiguous) => {
      expect(unwatchedBefore(order, new Set(watched), code)).toEqual({ codes, contiguous });
    },
  );
});

describe('codesOfSeason', () => {
  it.each([
    [1, ['S1E1', 'S1E2', 'S1E3']],
    [0, ['S0E1']],
    [2, ['S2E1', 'S2E2']],
    [3, []],
  ] as const)('season %j holds %j', (season, codes) => {
    expect(codesOfSeason(order, season)).toEqual(codes);
  });
});

describe('codesName', () => {
  it.each([
    [['S1E2'], 'S1E2'],
    [['S1E3', 'S1E1', 'S1E2'], 'S1E1–S1E3'],
    [['S0E1', 'S1E3', 'S2E1'], 'S1E3–S2E1'],
    [['S1E1', 'S1E3'], '2 episodes from S1E1 to S1E3'],
    [['S2E2', 'S1E1', 'S0E1'], '3 episodes from S1E1 to S2E2'],
    [['S9E9', 'S2E2'], '2 episodes from S2E2 to S9E9'],
    [['S9E9', 'S8E8'], '2 episodes from S9E9 to S8E8'],
  ] as const)('names %j "%s"', (codes, name) => {
    expect(codesName(order, codes)).toBe(name);
  });
});

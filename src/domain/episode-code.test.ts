import { describe, expect, it } from 'vitest';
import { canonicalEpisodeCode } from './episode-code';

describe('canonicalEpisodeCode', () => {
  it.each([
    ['s1e10', 'S1E10'],
    ['S1e10', 'S1E10'],
    ['s0E2', 'S0E2'],
    ['S1E10', 'S1E10'],
    ['s01e01', 'S01E01'],
  ])('writes %s as %s', (code, canonical) => {
    expect(canonicalEpisodeCode(code)).toBe(canonical);
  });

  it.each(['', 'not-a-code', 'S1', 'E10', 'S1E10x', ' s1e10', 'S1234E1'])(
    'finds no episode code in "%s"',
    (code) => {
      expect(canonicalEpisodeCode(code)).toBeNull();
    },
  );
});

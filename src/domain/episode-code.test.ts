import { describe, expect, it } from 'vitest';
import { canonicalEpisodeCode } from './episode-code';

describe('canonicalEpisodeCode', () => {
  it.each([
    ['s1e10', 'S1E10'],
    ['S1e10', 'S1E10'],
    ['s0E2', 'S0E2'],
    ['S1E10', 'S1E10'],
    ['S01E01', 'S1E1'],
    ['s001e010', 'S1E10'],
    ['S1E01', 'S1E1'],
    ['S001E001', 'S1E1'],
    ['S0E01', 'S0E1'],
    ['S00E00', 'S0E0'],
    ['S10E100', 'S10E100'],
  ])('writes %s as %s', (code, canonical) => {
    expect(canonicalEpisodeCode(code)).toBe(canonical);
  });

  it.each(['', 'not-a-code', 'S1', 'E10', 'S1E10x', ' s1e10', 'S1234E1', 'S1E123456'])(
    'finds no episode code in "%s"',
    (code) => {
      expect(canonicalEpisodeCode(code)).toBeNull();
    },
  );
});

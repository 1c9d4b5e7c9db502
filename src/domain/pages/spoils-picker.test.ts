import { describe, expect, it } from 'vitest';
import type { Pack } from '../pack';
import { DEFAULT_SHOW_RULES } from '../show-rules';
import { episode, pack, seasonCodes } from '../testing/pack-builders';
import { packShowState } from '../testing/pack-show-state';
import { spoilsPicker } from './spoils-picker';

const titled = (codes: readonly string[]) =>
  codes.map((code) => episode(code, { title: `Title of ${code}` }));

const tenEpisodes: Pack = pack({ episodes: titled(seasonCodes(1, 10)) });
const strict = { ...DEFAULT_SHOW_RULES, strict: true };

describe('the note form’s episode picker', () => {
  it('suggests the three episodes each side of this one, with only the titles the gate shows', () => {
    const state = packShowState(tenEpisodes, { watched: ['S1E1', 'S1E2', 'S1E3', 'S1E4'] });
    expect(spoilsPicker(state, 'S1E5', 'S1E5').suggestions).toEqual([
      { code: 'S1E2', label: 'S1E2 · Title of S1E2' },
      { code: 'S1E3', label: 'S1E3 · Title of S1E3' },
      { code: 'S1E4', label: 'S1E4 · Title of S1E4' },
      { code: 'S1E5', label: 'S1E5 · Title of S1E5' },
      { code: 'S1E6', label: 'S1E6' },
      { code: 'S1E7', label: 'S1E7' },
      { code: 'S1E8', label: 'S1E8' },
    ]);
  });

  it('suggests seven episodes at either end of the show too', () => {
    const state = packShowState(tenEpisodes);
    const codes = (near: string) =>
      spoilsPicker(state, near, near).suggestions.map((option) => option.code);
    expect(codes('S1E1')).toEqual(seasonCodes(1, 7));
    expect(codes('S1E10')).toEqual(seasonCodes(1, 10).slice(3));
  });

  it('suggests as few episodes on a show of 15,000 as on one of ten', () => {
    const long = pack({ episodes: seasonCodes(1, 15_000).map((code) => episode(code)) });
    expect(spoilsPicker(packShowState(long), 'S1E7500', 'S1E7500').suggestions).toHaveLength(7);
  });

  it('takes a code in any case or padding, and says what is wrong with anything else', () => {
    const picker = spoilsPicker(packShowState(tenEpisodes), 'S1E5', 'S1E5');
    expect(picker.check(' s01e08 ')).toEqual({ ok: true, code: 'S1E8' });
    expect(picker.check('')).toEqual({
      ok: false,
      problem: 'Spoils must be an episode code, such as S1E4, unless the note is safe at any point',
    });
    expect(picker.check('the finale')).toEqual({
      ok: false,
      problem: 'Spoils must be an episode code, such as S1E4',
    });
    expect(picker.check('S2E1')).toEqual({
      ok: false,
      problem: 'Spoils must be an episode of this show, which has no S2E1',
    });
  });

  it('keeps a covered note’s episode that the show no longer lists', () => {
    const picker = spoilsPicker(packShowState(tenEpisodes), 'S1E12', 'S1E12');
    expect(picker.check('S1E12')).toEqual({ ok: true, code: 'S1E12' });
    expect(picker.accepts('S1E12')).toBe(true);
    expect(picker.accepts('S1E13')).toBe(false);
  });

  describe('in strict mode', () => {
    const state = { ...packShowState(tenEpisodes, { watched: ['S1E1', 'S1E2'] }), rules: strict };
    const picker = spoilsPicker(state, 'S1E8', 'S1E8');

    it('suggests nothing past the next episode but this page’s own, and no covered title', () => {
      expect(picker.suggestions).toEqual([
        { code: 'S1E1', label: 'S1E1 · Title of S1E1' },
        { code: 'S1E2', label: 'S1E2 · Title of S1E2' },
        { code: 'S1E3', label: 'S1E3 · Title of S1E3' },
        { code: 'S1E8', label: 'S1E8' },
      ]);
    });

    it('answers alike for an episode past the next one and for one the show does not have', () => {
      const problem =
        'Spoils must be an episode up to S1E3, or S1E8: strict mode names none further ahead';
      expect(picker.check('S1E5')).toEqual({ ok: false, problem });
      expect(picker.check('S7E1')).toEqual({ ok: false, problem });
      expect(picker.check('S1E3')).toEqual({ ok: true, code: 'S1E3' });
      expect(picker.check('S1E8')).toEqual({ ok: true, code: 'S1E8' });
      expect(picker.accepts('S1E5')).toBe(false);
    });

    it('offers only what it would keep until progress has loaded', () => {
      const loading = spoilsPicker({ ...state, progressLoaded: false }, 'S1E8', 'S1E8');
      expect(loading.suggestions).toEqual([{ code: 'S1E8', label: 'S1E8' }]);
      expect(loading.check('S1E1')).toEqual({
        ok: false,
        problem: 'Spoils must be S1E8: strict mode names none further ahead',
      });
    });
  });
});

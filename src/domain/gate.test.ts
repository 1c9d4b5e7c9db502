import { describe, expect, it } from 'vitest';
import {
  LOADING_GATE,
  entryRevealKey,
  episodeRevealKey,
  isCharacterPresent,
  isEpisodeTitleVisible,
  isItemVisible,
  isOpenAt,
  isSynopsisVisible,
  type Gate,
} from './gate';
import { episode, seasonCodes } from './testing/pack-builders';
import { readyGate } from './testing/ready-gate';

const episodes = [...seasonCodes(1, 3), 'S0E1', ...seasonCodes(2, 2)].map((code) => episode(code));
// Canonical order: S1E1 S1E2 S1E3 S0E1 S2E1 S2E2 (the special aired between the seasons).

describe('isOpenAt', () => {
  it.each([
    // watched, spoils, open?
    [[], null, true],
    [[], 'S1E1', false],
    [['S1E1'], 'S1E1', true],
    [['S1E1'], 'S1E2', false],
    [['S1E3'], 'S1E1', true],
    [['S1E3'], 'S0E1', false],
    [['S0E1'], 'S1E3', true],
    [['S0E1'], 'S2E1', false],
    [['S2E2'], 'S0E1', true],
    [['S1E2', 'S2E1'], 'S1E3', true],
    [['S9E9'], 'S1E1', false],
    [['S2E2'], 'S3E1', false],
    [['S2E2'], 'not-a-code', false],
  ] as const)('watched %j: content opening at %j is open: %j', (watched, spoils, expected) => {
    expect(isOpenAt(readyGate(episodes, watched), spoils)).toBe(expected);
  });

  it.each<[string, Gate]>([
    ['loading', LOADING_GATE],
    ['unreadable', { status: 'unreadable', reason: 'broken' }],
  ])('covers everything, even spoiler-free items, while %s', (_state, gate) => {
    expect(isOpenAt(gate, null)).toBe(false);
    expect(isItemVisible(gate, 'S1E1', entryRevealKey('a'))).toBe(false);
    expect(isEpisodeTitleVisible(gate, 'S1E1')).toBe(false);
    expect(isCharacterPresent(gate, null)).toBe(false);
  });
});

describe('isItemVisible', () => {
  it('shows an item beyond the horizon only when that item was revealed', () => {
    const gate = readyGate(episodes, ['S1E1'], [entryRevealKey('twist')]);
    expect(isItemVisible(gate, 'S2E2', entryRevealKey('twist'))).toBe(true);
    expect(isItemVisible(gate, 'S2E2', entryRevealKey('other'))).toBe(false);
  });

  it('lets a reveal open an item whose episode the show does not list', () => {
    const gate = readyGate(episodes, [], [entryRevealKey('odd')]);
    expect(isItemVisible(gate, 'S7E7', entryRevealKey('odd'))).toBe(true);
  });
});

describe('episode titles and synopses', () => {
  const titled = seasonCodes(1, 4).map((code) => episode(code, { title: `Title ${code}` }));

  it.each([
    ['next', ['S1E1', 'S1E2']],
    ['all', ['S1E1', 'S1E2', 'S1E3', 'S1E4']],
    ['none', ['S1E1']],
  ] as const)(
    'with upcoming titles "%s" and S1E1 watched, titles of %j are visible',
    (setting, visible) => {
      const gate = readyGate(titled, ['S1E1'], [], setting);
      const shown = titled.map((e) => e.code).filter((code) => isEpisodeTitleVisible(gate, code));
      expect(shown).toEqual(visible);
    },
  );

  it('shows the next title from the first episode when nothing is watched', () => {
    const gate = readyGate(titled);
    expect(isEpisodeTitleVisible(gate, 'S1E1')).toBe(true);
    expect(isEpisodeTitleVisible(gate, 'S1E2')).toBe(false);
  });

  it('covers synopses beyond the horizon unless that episode was revealed', () => {
    const gate = readyGate(titled, ['S1E2'], [episodeRevealKey('S1E4')]);
    expect(['S1E1', 'S1E2', 'S1E3', 'S1E4'].map((code) => isSynopsisVisible(gate, code))).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect(isEpisodeTitleVisible(gate, 'S1E4')).toBe(true);
  });
});

describe('isCharacterPresent', () => {
  it.each([
    [[], null, true],
    [[], 'S1E1', false],
    [['S1E1'], 'S1E1', true],
    [['S1E1'], 'S2E1', false],
    [['S2E2'], 'S9E1', false],
  ] as const)(
    'watched %j: a character introduced in %j is present: %j',
    (watched, introducedIn, expected) => {
      expect(isCharacterPresent(readyGate(episodes, watched), introducedIn)).toBe(expected);
    },
  );
});

import { describe, expect, it } from 'vitest';
import {
  LOADING_GATE,
  entryVisibility,
  isCharacterPresent,
  isEpisodeTitleVisible,
  isItemVisible,
  isOpenAt,
  isSynopsisVisible,
  synopsisVisibility,
  type Gate,
} from './gate';
import { entryRevealKey, episodeRevealKey, noteRevealKey } from './reveal-keys';
import { entry, episode, seasonCodes } from './testing/pack-builders';
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
    expect(isItemVisible(gate, 'S1E1', noteRevealKey('a'))).toBe(false);
    expect(entryVisibility(gate, entry('a', null))).toBe('covered');
    expect(isEpisodeTitleVisible(gate, 'S1E1')).toBe(false);
    expect(isCharacterPresent(gate, null)).toBe(false);
  });
});

describe('entryVisibility', () => {
  const twist = entry('twist', 'S2E2', { title: 'The twist', body: 'What the twist is.' });

  it('shows an entry beyond the horizon only when that entry was revealed', () => {
    const gate = readyGate(episodes, ['S1E1'], [entryRevealKey(twist)]);
    expect(entryVisibility(gate, twist)).toBe('revealed');
    expect(entryVisibility(gate, entry('other', 'S2E2'))).toBe('covered');
  });

  it('says an entry is open, not revealed, once progress reaches it', () => {
    const gate = readyGate(episodes, ['S2E2'], [entryRevealKey(twist)]);
    expect(entryVisibility(gate, twist)).toBe('open');
  });

  it('lets a reveal open an entry whose episode the show does not list', () => {
    const odd = entry('odd', 'S7E7');
    expect(entryVisibility(readyGate(episodes, [], [entryRevealKey(odd)]), odd)).toBe('revealed');
  });

  it.each([
    ['title', { title: 'A different twist' }],
    ['body', { body: 'Something else happens.' }],
    ['kind', { kind: 'fact' as const }],
    ['episode it spoils', { spoils: 'S2E1' }],
    ['characters', { characters: ['gary'] }],
  ])('covers different content under a revealed id: another %s', (_field, change) => {
    const gate = readyGate(episodes, [], [entryRevealKey(twist)]);
    expect(entryVisibility(gate, { ...twist, ...change })).toBe('covered');
  });

  it('keeps a reveal for the same content in a new copy of the entry', () => {
    const gate = readyGate(episodes, [], [entryRevealKey(twist)]);
    expect(entryVisibility(gate, { ...twist })).toBe('revealed');
  });

  it('does not open an entry by a key from before fingerprints', () => {
    expect(entryVisibility(readyGate(episodes, [], ['entry:twist']), twist)).toBe('covered');
  });
});

describe('isItemVisible', () => {
  it('shows a note beyond the horizon when it was revealed by its id', () => {
    const gate = readyGate(episodes, ['S1E1'], [noteRevealKey('note-1')]);
    expect(isItemVisible(gate, 'S2E2', noteRevealKey('note-1'))).toBe(true);
    expect(isItemVisible(gate, 'S2E2', noteRevealKey('note-2'))).toBe(false);
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
    const gate = readyGate(titled, ['S1E2'], [episodeRevealKey(titled[3]!)]);
    expect(['S1E1', 'S1E2', 'S1E3', 'S1E4'].map((code) => isSynopsisVisible(gate, code))).toEqual([
      true,
      true,
      false,
      true,
    ]);
    expect(isEpisodeTitleVisible(gate, 'S1E4')).toBe(true);
    expect(synopsisVisibility(gate, 'S1E4')).toBe('revealed');
    expect(synopsisVisibility(gate, 'S1E2')).toBe('open');
  });

  it('covers an episode again when its title or synopsis changed since it was revealed', () => {
    const revealed = [episodeRevealKey(titled[3]!)];
    for (const change of [{ title: 'Another title' }, { synopsis: 'Another synopsis' }]) {
      const changed = titled.map((e) => (e.code === 'S1E4' ? { ...e, ...change } : e));
      const gate = readyGate(changed, ['S1E2'], revealed, 'none');
      expect(isSynopsisVisible(gate, 'S1E4')).toBe(false);
      expect(isEpisodeTitleVisible(gate, 'S1E4')).toBe(false);
    }
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

import { describe, expect, it } from 'vitest';
import { episodeOrder } from './episode-order';
import { progressSummaryOf } from './progress-summary';
import { episodeRevealKey } from './reveal-keys';
import { character, episode, seasonCodes } from './testing/pack-builders';
import { readyGate } from './testing/ready-gate';
import { episodeRow, presentCharacters, showProgressSummary } from './views';
import { documentTitle } from './document-title';

const episodes = seasonCodes(1, 4).map((code) =>
  episode(code, { title: `The ${code} title`, synopsis: `What happens in ${code}` }),
);

describe('episodeRow', () => {
  it('labels a hidden title by its number and covers its synopsis', () => {
    const row = episodeRow(readyGate(episodes, ['S1E1']), episodes[3]!, new Set(['S1E1']));
    expect(row).toMatchObject({
      code: 'S1E4',
      label: 'Episode 4',
      titleShown: false,
      synopsis: null,
      synopsisCovered: true,
      watched: false,
    });
  });

  it('shows the title and synopsis of a watched episode', () => {
    const row = episodeRow(readyGate(episodes, ['S1E2']), episodes[1]!, new Set(['S1E2']));
    expect(row).toMatchObject({
      label: 'The S1E2 title',
      titleShown: true,
      synopsis: 'What happens in S1E2',
      watched: true,
    });
  });

  it('shows the next title but not its synopsis', () => {
    const row = episodeRow(readyGate(episodes, ['S1E2']), episodes[2]!, new Set(['S1E2']));
    expect(row).toMatchObject({ label: 'The S1E3 title', synopsisCovered: true });
  });

  it('says when a synopsis shows because it was revealed early', () => {
    const gate = readyGate(episodes, ['S1E1'], [episodeRevealKey(episodes[3]!)]);
    expect(episodeRow(gate, episodes[3]!, new Set(['S1E1']))).toMatchObject({
      synopsis: 'What happens in S1E4',
      synopsisRevealedEarly: true,
    });
    expect(episodeRow(gate, episodes[0]!, new Set(['S1E1'])).synopsisRevealedEarly).toBe(false);
  });

  it('labels specials as such', () => {
    const special = episode('S0E2', { title: null });
    expect(episodeRow(readyGate([special], ['S0E2']), special, new Set()).label).toBe('Special 2');
  });
});

describe('presentCharacters', () => {
  const cast = [character('lead', null), character('villain', 'S1E3')];

  it('leaves out characters introduced after the horizon', () => {
    expect(presentCharacters(readyGate(episodes, ['S1E2']), cast).map((c) => c.id)).toEqual([
      'lead',
    ]);
    expect(presentCharacters(readyGate(episodes, ['S1E3']), cast).map((c) => c.id)).toEqual([
      'lead',
      'villain',
    ]);
  });
});

describe('showProgressSummary', () => {
  const counted = (watched: ReadonlySet<string>) =>
    progressSummaryOf(episodeOrder(episodes), watched);

  it('counts marks the show lists and names the episode after the horizon', () => {
    const watched = new Set(['S1E1', 'S1E2', 'S9E9']);
    expect(showProgressSummary(readyGate(episodes, watched), episodes, counted(watched))).toEqual({
      watchedCount: 2,
      total: 4,
      skipped: 0,
      next: { code: 'S1E3', label: 'The S1E3 title', titleShown: true },
    });
  });

  it.each([
    [[], 0],
    [['S1E1'], 0],
    [['S1E2'], 1],
    [['S1E4'], 3],
    [['S1E1', 'S1E3'], 1],
    [['S1E1', 'S1E2', 'S1E3', 'S1E4'], 0],
    [['S1E2', 'S9E9'], 1],
  ] as const)('with %j watched, counts %i skipped before the furthest', (watched, skipped) => {
    const marks = new Set(watched);
    expect(showProgressSummary(readyGate(episodes, marks), episodes, counted(marks)).skipped).toBe(
      skipped,
    );
  });

  it('has no next episode when the show is watched through', () => {
    const watched = new Set(['S1E4']);
    expect(
      showProgressSummary(readyGate(episodes, watched), episodes, counted(watched)).next,
    ).toBeNull();
  });
});

it('builds tab titles from the parts it is given', () => {
  expect(documentTitle('S1E3', 'Ballard')).toBe('S1E3 · Ballard · Previously');
});

import { describe, expect, it } from 'vitest';
import { entryRevealKey, episodeRevealKey } from './reveal-keys';
import { character, entry, episode, seasonCodes } from './testing/pack-builders';
import { readyGate } from './testing/ready-gate';
import {
  entryViews,
  factsByCharacter,
  entriesOpeningAt,
  entryView,
  episodeRow,
  newsEntries,
  presentCharacters,
  seasonGroups,
  seasonStrip,
  showProgressSummary,
  showWideEntries,
} from './views';
import { documentTitle } from './document-title';

const episodes = seasonCodes(1, 4).map((code) =>
  episode(code, { title: `The ${code} title`, synopsis: `What happens in ${code}` }),
);

describe('entryView', () => {
  it('gives a covered entry only its kind and opening code', () => {
    const view = entryView(readyGate(episodes, ['S1E1']), entry('twist', 'S1E3', { kind: 'fact' }));
    expect(view).toEqual({ state: 'covered', kind: 'fact', opensAfter: 'S1E3' });
  });

  it('says nothing of an opening episode the show does not list', () => {
    expect(entryView(readyGate(episodes), entry('odd', 'S5E1'))).toEqual({
      state: 'covered',
      kind: 'reveal',
      opensAfter: null,
    });
  });

  it('shows the entry once it opens or is revealed, and says when it was revealed early', () => {
    const twist = entry('twist', 'S1E3');
    expect(entryView(readyGate(episodes, ['S1E3']), twist)).toEqual({
      state: 'visible',
      entry: twist,
      revealedEarly: false,
    });
    expect(entryView(readyGate(episodes, [], [entryRevealKey(twist)]), twist)).toEqual({
      state: 'visible',
      entry: twist,
      revealedEarly: true,
    });
  });

  it('covers another entry given the id of one that was revealed', () => {
    const revealed = entryRevealKey(entry('twist', 'S1E3'));
    const successor = entry('twist', 'S1E4', { title: 'A later twist' });
    expect(entryView(readyGate(episodes, [], [revealed]), successor)).toEqual({
      state: 'covered',
      kind: 'reveal',
      opensAfter: 'S1E4',
    });
  });
});

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

describe('seasons', () => {
  const mixed = ['S1E1', 'S1E2', 'S0E1', 'S2E1', 'S2E2', 'S2E3'].map((code) => episode(code));

  it('groups consecutive episodes of a season in watch order', () => {
    expect(seasonGroups(mixed)).toEqual([
      { season: 1, start: 0, count: 2 },
      { season: 0, start: 2, count: 1 },
      { season: 2, start: 3, count: 3 },
    ]);
  });

  it('counts the marks within each season', () => {
    const gate = readyGate(mixed, ['S2E2', 'S1E1']);
    const watched = new Set(['S2E2', 'S1E1']);
    const [first, , third] = seasonGroups(mixed).map((group) => seasonStrip(gate, group, watched));
    expect(first).toEqual({ season: 1, total: 2, watched: 1 });
    expect(third).toEqual({ season: 2, total: 3, watched: 1 });
  });
});

describe('characters and facts', () => {
  const cast = [character('lead', null), character('villain', 'S1E3')];
  const facts = [
    entry('lead-fact', 'S1E2', { kind: 'fact', characters: ['lead'] }),
    entry('villain-fact', 'S1E3', { kind: 'fact', characters: ['villain'] }),
  ];

  it('leaves out characters introduced after the horizon', () => {
    expect(presentCharacters(readyGate(episodes, ['S1E2']), cast).map((c) => c.id)).toEqual([
      'lead',
    ]);
    expect(presentCharacters(readyGate(episodes, ['S1E3']), cast).map((c) => c.id)).toEqual([
      'lead',
      'villain',
    ]);
  });

  it('gives one character their own facts only', () => {
    const views = entryViews(readyGate(episodes, ['S1E1']), factsByCharacter(facts).get('lead')!);
    expect(views).toEqual([{ state: 'covered', kind: 'fact', opensAfter: 'S1E2' }]);
  });
});

describe('picking entries for a page', () => {
  const entries = [
    entry('recap', 'S1E2', { kind: 'recap' }),
    entry('news', 'S1E2', { kind: 'news' }),
    entry('other', 'S1E3'),
  ];

  it('puts an episode’s recaps and reveals on its page and news apart', () => {
    expect(entriesOpeningAt(entries, 'S1E2').map((e) => e.id)).toEqual(['recap']);
    expect(newsEntries(entries).map((e) => e.id)).toEqual(['news']);
  });

  it('puts spoiler-free recaps and reveals on the show page, and nothing tied to an episode', () => {
    const mixed = [
      entry('premise', null, { kind: 'recap' }),
      entry('rumour', null, { kind: 'news' }),
      entry('hero-fact', null, { kind: 'fact', characters: ['hero'] }),
      entry('later', 'S1E2', { kind: 'reveal' }),
      entry('setup', null, { kind: 'reveal' }),
    ];
    expect(showWideEntries(mixed).map((e) => e.id)).toEqual(['premise', 'setup']);
  });
});

describe('showProgressSummary', () => {
  it('counts marks the show lists and names the episode after the horizon', () => {
    const watched = new Set(['S1E1', 'S1E2', 'S9E9']);
    expect(showProgressSummary(readyGate(episodes, watched), episodes, watched)).toEqual({
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
    expect(showProgressSummary(readyGate(episodes, marks), episodes, marks).skipped).toBe(skipped);
  });

  it('has no next episode when the show is watched through', () => {
    const watched = new Set(['S1E4']);
    expect(showProgressSummary(readyGate(episodes, watched), episodes, watched).next).toBeNull();
  });
});

it('builds tab titles from the parts it is given', () => {
  expect(documentTitle('S1E3', 'Ballard')).toBe('S1E3 · Ballard · Previously');
});

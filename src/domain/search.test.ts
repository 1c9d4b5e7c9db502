import { describe, expect, it } from 'vitest';
import type { Pack } from './pack';
import { searchDocuments } from './pages/search-documents';
import { entryRevealKey, episodeRevealKey } from './reveal-keys';
import { character, entry, episode, pack, seasonCodes } from './testing/pack-builders';
import { packShowState, type Progress } from './testing/pack-show-state';
import { searchPack } from './testing/search-pack';

const episodes = seasonCodes(1, 4).map((code) =>
  episode(code, { title: `Title of ${code}`, synopsis: `The lighthouse in ${code}` }),
);

const show = pack({
  episodes,
  characters: [
    character('renee', null, { name: 'Renée Ballard', actor: 'Maggie Q' }),
    character('gary', 'S1E4', { name: 'Gary Pearlman', actor: 'Kevin Dunn' }),
  ],
  entries: [
    entry('rumour', null, { kind: 'news', title: 'Renewal rumour', body: 'Talks go on.' }),
    entry('who', 'S1E4', { kind: 'reveal', title: 'Who did it', body: 'Gary did.' }),
    entry('recap-2', 'S1E2', { kind: 'recap', title: 'Recap', body: 'Ballard finds the *key*.' }),
    entry('fact-2', 'S1E2', {
      kind: 'fact',
      title: null,
      body: 'Keeps a key.',
      characters: ['renee'],
    }),
    entry('loose-recap', null, { kind: 'recap', title: 'Loose', body: 'A key nowhere shown.' }),
    entry('note-3', 'S1E3', { kind: 'note', title: 'My key theory', body: 'It was the key.' }),
    entry('note-loose', null, { kind: 'note', title: 'Stray', body: 'Another key idea.' }),
  ],
});

const nothingWatched: Progress = {};
const allWatched: Progress = { watched: ['S1E4'] };

const find = (progress: Progress, query: string, subject: Pack = show, limit?: number) =>
  searchPack(subject, progress, query, limit);

const headings = (progress: Progress, query: string, subject: Pack = show) =>
  find(progress, query, subject).results.map((r) => r.heading);

describe('searching one show', () => {
  it.each([
    ['renee', ['Renée Ballard']],
    ['RENÉE', ['Renée Ballard']],
    ['ballard renee', ['Renée Ballard']],
    ['  maggie   ', ['Renée Ballard']],
    ['ballard maggie', ['Renée Ballard']],
    ['ballard dunn', []],
    ['', []],
    ['   ', []],
  ])('matches %j on every word, in any case or accent', (query, expected) => {
    expect(headings(nothingWatched, query)).toEqual(expected);
  });

  it('finds a word by its start', () => {
    expect(headings(nothingWatched, 'magg')).toEqual(['Renée Ballard']);
    expect(headings(allWatched, 'pearl')).toEqual(['Gary Pearlman']);
  });

  it('finds a word with one letter wrong, from the visible words only', () => {
    expect(headings(allWatched, 'pearlmen')).toEqual(['Gary Pearlman']);
    expect(headings(nothingWatched, 'pearlmen')).toEqual([]);
  });

  it('lets covered entries and absent characters contribute nothing', () => {
    expect(find(nothingWatched, 'gary')).toEqual({ count: 0, results: [] });
    expect(headings(allWatched, 'gary').sort()).toEqual(['Gary Pearlman', 'Who did it']);
  });

  it('finds one revealed item alone', () => {
    const revealed = { revealed: [entryRevealKey(show.entries[1]!)] };
    expect(find(revealed, 'gary')).toMatchObject({
      count: 1,
      results: [{ heading: 'Who did it' }],
    });
  });

  it('searches an episode title only when shown and a synopsis only when uncovered', () => {
    const firstWatched = { watched: ['S1E1'] };
    expect(headings(firstWatched, 'title of').sort()).toEqual([
      'S1E1 Title of S1E1',
      'S1E2 Title of S1E2',
    ]);
    expect(headings(firstWatched, 'lighthouse')).toEqual(['S1E1 Title of S1E1']);
    expect(headings({ revealed: [episodeRevealKey(episodes[2]!)] }, 'lighthouse')).toEqual([
      'S1E3 Title of S1E3',
    ]);
    expect(find({ upcomingTitles: 'none' }, 'episode').count).toBe(0);
  });

  it('links each result to where it is shown', () => {
    const targets = Object.fromEntries(
      find(allWatched, 'key').results.map((r) => [r.heading, r.target]),
    );
    expect(targets).toEqual({
      Loose: { page: 'show', section: 'about', anchor: expect.stringMatching(/^item-/) },
      Recap: { page: 'episode', code: 'S1E2', anchor: expect.stringMatching(/^item-/) },
      'Renée Ballard': { page: 'episode', code: 'S1E2', anchor: expect.stringMatching(/^item-/) },
      'My key theory': { page: 'episode', code: 'S1E3', anchor: expect.stringMatching(/^item-/) },
      Stray: { page: 'episode', code: 'S1E1', anchor: expect.stringMatching(/^item-/) },
    });
    expect(find(allWatched, 'renewal').results[0]?.target).toEqual({
      page: 'show',
      section: 'news',
      anchor: expect.stringMatching(/^item-/),
    });
    expect(find(allWatched, 'maggie').results[0]?.target).toEqual({
      page: 'show',
      section: 'characters',
    });
  });

  it('finds a character fact by the name of the character it is about', () => {
    expect(find(allWatched, 'renee').results.map((r) => [r.kind, r.heading])).toEqual([
      ['character', 'Renée Ballard'],
      ['fact', 'Renée Ballard'],
    ]);
  });

  it('searches what Markdown reads as, without its markup or link addresses', () => {
    const linked = pack({
      episodes,
      entries: [
        entry('n', null, { kind: 'news', body: 'See [the **trailer**](https://x.test/clip).' }),
      ],
    });
    expect(find(nothingWatched, 'the trailer', linked).results[0]?.excerpt.text).toBe(
      'See the trailer.',
    );
    expect(find(nothingWatched, 'clip', linked).count).toBe(0);
  });

  it('gives an excerpt around the word found, marked, also when found by its start', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const long = pack({
      episodes,
      entries: [entry('n', null, { kind: 'news', body: `${words} Renée ${words}` })],
    });
    const { excerpt } = find(nothingWatched, 'ren', long).results[0]!;
    expect(excerpt.text.length).toBeLessThanOrEqual(122);
    expect(excerpt.text).toMatch(/^….* Renée .*…$/);
    expect(excerpt.text.slice(excerpt.matchStart, excerpt.matchEnd)).toBe('Renée');
  });

  it('counts every match but builds only the first few', () => {
    const many = pack({
      episodes,
      entries: Array.from({ length: 60 }, (_, i) => entry(`n${i}`, null, { kind: 'news' })),
    });
    const outcome = find(nothingWatched, 'body of', many, 50);
    expect(outcome.count).toBe(60);
    expect(outcome.results).toHaveLength(50);
  });
});

describe('search documents', () => {
  it('say loading, holding nothing, until progress, entries and notes have loaded', () => {
    const loaded = packShowState(show, allWatched);
    for (const state of [
      { ...loaded, progressLoaded: false },
      { ...loaded, entries: { status: 'loading' } as const },
      { ...loaded, notes: { status: 'loading' } as const },
      { ...loaded, record: { status: 'loading' } as const },
    ]) {
      expect(searchDocuments(state)).toEqual({ status: 'loading' });
    }
  });

  it('say unreadable, holding nothing, when the show or its entries cannot be read', () => {
    const loaded = packShowState(show, allWatched);
    for (const state of [
      { ...loaded, record: { status: 'unreadable' } as const },
      { ...loaded, entries: { status: 'unreadable', problem: 'broken' } as const },
    ]) {
      expect(searchDocuments(state)).toEqual({ status: 'unreadable' });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { LOADING_GATE, type Gate } from './gate';
import type { Pack } from './pack';
import { entryRevealKey, episodeRevealKey } from './reveal-keys';
import { prepareSearch, searchIndex, searchShow } from './search';
import { character, entry, episode, pack, seasonCodes } from './testing/pack-builders';
import { readyGate } from './testing/ready-gate';
import { entryViews } from './views';
import { searchableViews } from './testing/searchable-views';

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
    entry('premise-fact', null, { kind: 'fact', title: null, body: 'Surfs at dawn.' }),
    entry('loose-recap', null, { kind: 'recap', title: 'Loose', body: 'A key nowhere shown.' }),
    entry('note-3', 'S1E3', { kind: 'note', title: 'My key theory', body: 'It was the key.' }),
    entry('note-loose', null, { kind: 'note', title: 'Stray', body: 'Another key idea.' }),
  ],
});

function find(gate: Gate, query: string, subject: Pack = show, limit?: number) {
  return searchShow(searchIndex(searchableViews(gate, subject)), query, limit);
}

const headings = (gate: Gate, query: string) => find(gate, query).results.map((r) => r.heading);

describe('searchShow', () => {
  const allWatched = readyGate(episodes, ['S1E4']);

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
    expect(headings(readyGate(episodes), query)).toEqual(expected);
  });

  it('finds accented text from an accented query too', () => {
    const cafe = pack({ episodes, entries: [entry('n', null, { kind: 'news', body: 'Cafe' })] });
    expect(find(readyGate(episodes), 'café', cafe).count).toBe(1);
  });

  it('lets covered entries and absent characters contribute nothing', () => {
    const nothingWatched = readyGate(episodes);
    expect(find(nothingWatched, 'gary')).toEqual({ count: 0, results: [] });
    expect(headings(allWatched, 'gary')).toEqual(['Who did it', 'Gary Pearlman']);
  });

  it('finds one revealed item alone', () => {
    const revealed = readyGate(episodes, [], [entryRevealKey(show.entries[1]!)]);
    expect(find(revealed, 'gary')).toMatchObject({
      count: 1,
      results: [{ heading: 'Who did it' }],
    });
  });

  it('searches an episode title only when shown and a synopsis only when uncovered', () => {
    const gate = readyGate(episodes, ['S1E1']);
    expect(headings(gate, 'title of')).toEqual(['S1E1 Title of S1E1', 'S1E2 Title of S1E2']);
    expect(headings(gate, 'lighthouse')).toEqual(['S1E1 Title of S1E1']);
    expect(
      headings(readyGate(episodes, [], [episodeRevealKey(episodes[2]!)]), 'lighthouse'),
    ).toEqual(['S1E3 Title of S1E3']);
    expect(find(readyGate(episodes, [], [], 'none'), 'episode').count).toBe(0);
  });

  it('orders results by episode, then kind, premise first and loose notes last', () => {
    expect(find(allWatched, 'key').results.map((r) => [r.kind, r.heading, r.target])).toEqual([
      ['recap', 'Loose', { page: 'show', section: 'about' }],
      ['recap', 'Recap', { page: 'episode', code: 'S1E2' }],
      ['fact', 'Renée Ballard', { page: 'episode', code: 'S1E2' }],
      ['note', 'My key theory', { page: 'episode', code: 'S1E3' }],
      ['note', 'Stray', { page: 'episode', code: 'S1E1' }],
    ]);
    expect(
      find(allWatched, 'a')
        .results.map((r) => [r.kind, r.target])
        .slice(0, 4),
    ).toEqual([
      ['recap', { page: 'show', section: 'about' }],
      ['character', { page: 'show', section: 'characters' }],
      ['fact', { page: 'show', section: 'characters' }],
      ['news', { page: 'show', section: 'news' }],
    ]);
  });

  it('finds a spoiler-free recap where the show page shows it, under "About the show"', () => {
    expect(find(allWatched, 'nowhere').results.map((r) => [r.heading, r.target])).toEqual([
      ['Loose', { page: 'show', section: 'about' }],
    ]);
  });

  it('finds a character fact by the name of the character it is about', () => {
    expect(headings(allWatched, 'renee')).toEqual(['Renée Ballard', 'Renée Ballard']);
    expect(find(allWatched, 'renee').results.map((r) => r.kind)).toEqual(['character', 'fact']);
  });

  it('searches what Markdown reads as, without its markup or link addresses', () => {
    const linked = pack({
      episodes,
      entries: [
        entry('n', null, { kind: 'news', body: 'See [the **trailer**](https://x.test/clip).' }),
      ],
    });
    const gate = readyGate(episodes);
    expect(find(gate, 'the trailer', linked).results[0]?.excerpt.text).toBe('See the trailer.');
    expect(find(gate, 'clip', linked).count).toBe(0);
  });

  it('gives an excerpt around the match, with the match marked', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ');
    const long = pack({
      episodes,
      entries: [entry('n', null, { kind: 'news', body: `${words} Renée ${words}` })],
    });
    const { excerpt } = find(readyGate(episodes), 'renee', long).results[0]!;
    expect(excerpt.text.length).toBeLessThanOrEqual(122);
    expect(excerpt.text).toMatch(/^….* Renée .*…$/);
    expect(excerpt.text.slice(excerpt.matchStart, excerpt.matchEnd)).toBe('Renée');
  });

  it('counts every match but builds only the first few', () => {
    const many = pack({
      episodes,
      entries: Array.from({ length: 60 }, (_, i) => entry(`n${i}`, null, { kind: 'news' })),
    });
    const outcome = find(readyGate(episodes), 'body of', many, 50);
    expect(outcome.count).toBe(60);
    expect(outcome.results).toHaveLength(50);
  });

  it('finds nothing while the gate is not ready', () => {
    expect(find(LOADING_GATE, 'renee')).toEqual({ count: 0, results: [] });
    expect(find({ status: 'unreadable', reason: 'broken' }, 'a')).toEqual({
      count: 0,
      results: [],
    });
  });

  it('finds the same whether entries were prepared ahead or not', () => {
    const fresh = pack({ ...show, entries: show.entries.map((e) => ({ ...e })) });
    const before = find(allWatched, 'key', fresh);
    prepareSearch(entryViews(allWatched, fresh.entries.slice(0, 3)));
    expect(find(allWatched, 'key', fresh)).toEqual(before);
  });
});

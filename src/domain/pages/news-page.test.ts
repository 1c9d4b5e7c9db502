import { describe, expect, it } from 'vitest';
import type { Entry, Pack } from '../pack';
import { entryRevealKey } from '../reveal-keys';
import type { ShowState } from '../show-state';
import { character, entry, episode, pack, seasonCodes } from '../testing/pack-builders';
import { libraryNewsPage, showNewsPage, type NewsPageView } from './news-page';

const news = (id: string, spoils: string | null, date: string | null, overrides = {}): Entry =>
  entry(id, spoils, {
    kind: 'news',
    title: `news ${id}`,
    date,
    source: `source ${id}`,
    ...overrides,
  });

function show(id: string, title: string, entries: Entry[]): Pack {
  return pack({
    show: { id, title, network: null, premiered: null, summary: null },
    episodes: seasonCodes(1, 4).map((code) => episode(code)),
    characters: [character('lead', null), character('latecomer', 'S1E4', { name: 'Late Name' })],
    entries,
  });
}

interface Stored {
  watched?: string[];
  revealed?: Entry[];
  peeked?: Entry[];
  entries?: 'ready' | 'loading' | 'unreadable';
  progressLoaded?: boolean;
}

function stateOf(p: Pack, stored: Stored = {}): ShowState {
  const {
    watched = [],
    revealed = [],
    peeked = [],
    entries = 'ready',
    progressLoaded = true,
  } = stored;
  return {
    showId: p.show.id,
    record: { status: 'ready', record: p },
    entries:
      entries === 'ready'
        ? { status: 'ready', entries: p.entries }
        : entries === 'loading'
          ? { status: 'loading' }
          : { status: 'unreadable', problem: 'could not be read' },
    notes: { status: 'ready', notes: [] },
    progressLoaded,
    watched: new Set(watched),
    revealed: new Set(revealed.map(entryRevealKey)),
    upcomingTitles: 'next',
    peeked: new Set(peeked.map(entryRevealKey)),
  };
}

const storyTitles = (page: NewsPageView) => page.stories.map(({ item }) => item.title);
const coveredCodes = (page: NewsPageView) =>
  page.covered.map(({ item }) => (item.state === 'covered' ? item.opensAfter : item.episodeCode));

describe('showNewsPage', () => {
  it('lists visible news newest first, undated after dated ones in pack order', () => {
    const ballard = show('ballard', 'Ballard', [
      news('spring', null, '2025-03-01'),
      news('undated-first', null, null),
      news('winter', null, '2025-01-15'),
      news('summer', 'S1E1', '2025-07-17'),
      news('undated-second', 'S1E2', null),
      news('also-winter', null, '2025-01-15'),
    ]);
    const page = showNewsPage(stateOf(ballard, { watched: ['S1E2'] }));
    expect(storyTitles(page)).toEqual([
      'news summer',
      'news spring',
      'news winter',
      'news also-winter',
      'news undated-first',
      'news undated-second',
    ]);
    expect(page.stories[0]?.item).toMatchObject({
      kindLabel: 'News',
      body: 'body of summer',
      date: '2025-07-17',
      source: 'source summer',
    });
  });

  it('lists only news, not recaps or reveals', () => {
    const ballard = show('ballard', 'Ballard', [
      entry('premise', null, { kind: 'recap' }),
      entry('twist', null, { kind: 'reveal' }),
      news('only', null, null),
    ]);
    expect(storyTitles(showNewsPage(stateOf(ballard)))).toEqual(['news only']);
  });

  it('puts covered news in its own group, by the episode it opens after, with no date or text', () => {
    const ballard = show('ballard', 'Ballard', [
      news('finale', 'S1E4', '2025-07-20', { body: 'The finale twist' }),
      news('old', null, '2020-01-01'),
      news('midseason', 'S1E3', '2019-05-05'),
      news('unlisted', 'S9E9', '2030-01-01'),
      news('also-midseason', 'S1E3', '2031-02-02'),
    ]);
    const page = showNewsPage(stateOf(ballard, { watched: ['S1E1'] }));
    expect(storyTitles(page)).toEqual(['news old']);
    expect(coveredCodes(page)).toEqual(['S1E3', 'S1E3', 'S1E4', null]);
    expect(page.covered.map(({ item }) => item.kindLabel)).toEqual(Array(4).fill('News'));
    for (const { item } of page.covered) {
      expect(Object.keys(item).sort()).toEqual(['kindLabel', 'opensAfter', 'revealKey', 'state']);
    }
    // The reveal key is for the Reveal button's action and never rendered.
    const shown = JSON.stringify(page, (key, value: unknown) =>
      key === 'revealKey' ? undefined : value,
    );
    expect(shown).not.toMatch(/finale|midseason|unlisted|twist|2025-07-20|2019|2030/);
  });

  it('shows a news item revealed early among the others by its date, with a way to hide it', () => {
    const early = news('early', 'S1E4', '2025-02-01');
    const ballard = show('ballard', 'Ballard', [
      news('january', null, '2025-01-01'),
      early,
      news('march', null, '2025-03-01'),
    ]);
    const page = showNewsPage(stateOf(ballard, { revealed: [early] }));
    expect(storyTitles(page)).toEqual(['news march', 'news early', 'news january']);
    expect(page.stories[1]?.item.hideKey).not.toBeNull();
    expect(page.covered).toEqual([]);
  });

  it('shows a news item peeked at in its placeholder’s place, never among the others by date', () => {
    const peeked = news('peeked', 'S1E3', '2025-02-01');
    const ballard = show('ballard', 'Ballard', [
      news('january', null, '2025-01-01'),
      news('finale', 'S1E4', '2025-03-01'),
      peeked,
      news('midseason', 'S1E2', '2025-04-01'),
    ]);
    const page = showNewsPage(stateOf(ballard, { peeked: [peeked] }));
    expect(storyTitles(page)).toEqual(['news january']);
    expect(coveredCodes(page)).toEqual(['S1E2', 'S1E3', 'S1E4']);
    expect(page.covered[1]?.item).toMatchObject({
      state: 'visible',
      title: 'news peeked',
      date: '2025-02-01',
      hideKey: null,
      peekKey: entryRevealKey(peeked),
    });
  });

  it('names only characters met so far beside an item', () => {
    const ballard = show('ballard', 'Ballard', [
      news('about', null, null, { characters: ['lead', 'latecomer'] }),
    ]);
    const page = showNewsPage(stateOf(ballard));
    expect(page.stories[0]?.item.characters).toEqual([{ id: 'lead', name: 'lead' }]);
    expect(JSON.stringify(page)).not.toContain('Late Name');
  });

  it('is titled with the show', () => {
    const page = showNewsPage(stateOf(show('ballard', 'Ballard', [])));
    expect(page.documentTitle).toBe('News · Ballard · Previously');
    expect(page.show).toEqual({ id: 'ballard', title: 'Ballard' });
  });

  it.each([
    ['its entries load', { entries: 'loading' }, 'loading'],
    ['progress loads', { progressLoaded: false }, 'loading'],
    ['its entries cannot be read', { entries: 'unreadable' }, 'unreadable'],
  ] as const)('lists nothing, not even spoiler-free news, while %s', (_, stored, status) => {
    const ballard = show('ballard', 'Ballard', [
      news('free', null, '2025-01-01'),
      news('later', 'S1E2', '2025-02-01'),
    ]);
    const page = showNewsPage(stateOf(ballard, stored));
    expect(page.stories).toEqual([]);
    expect(page.covered).toEqual([]);
    expect(page.notices).toEqual([{ show: { id: 'ballard', title: 'Ballard' }, status }]);
  });

  it('while the show itself loads: loading, titled without it', () => {
    const page = showNewsPage({
      ...stateOf(show('ballard', 'Ballard', [])),
      record: { status: 'loading' },
    });
    expect(page).toMatchObject({ loading: true, show: null, documentTitle: 'News · Previously' });
  });
});

describe('libraryNewsPage', () => {
  const ballard = show('ballard', 'Ballard', [
    news('b-renewal', null, '2025-07-17'),
    news('b-finale', 'S1E4', '2025-07-18'),
    news('b-undated', null, null),
    news('b-premiere', null, '2025-07-09'),
    news('b-midseason', 'S1E2', '2025-07-10'),
  ]);
  const harbour = show('harbour', 'Harbour Lights', [
    news('h-undated', null, null),
    news('h-casting', null, '2025-07-12'),
    news('h-wrap', null, '2025-08-01'),
    news('h-late', 'S1E3', '2025-07-01'),
  ]);

  it('interleaves every show’s visible news by date, each with its show; covered after, by show', () => {
    const page = libraryNewsPage([stateOf(ballard), stateOf(harbour)], true);
    expect(page.stories.map(({ show, item }) => [show.title, item.title])).toEqual([
      ['Harbour Lights', 'news h-wrap'],
      ['Ballard', 'news b-renewal'],
      ['Harbour Lights', 'news h-casting'],
      ['Ballard', 'news b-premiere'],
      ['Ballard', 'news b-undated'],
      ['Harbour Lights', 'news h-undated'],
    ]);
    expect(page.covered.map(({ show }) => show.id)).toEqual(['ballard', 'ballard', 'harbour']);
    expect(coveredCodes(page)).toEqual(['S1E2', 'S1E4', 'S1E3']);
    expect(page.documentTitle).toBe('News · Previously');
    expect(page.show).toBeNull();
  });

  it('follows each show’s own progress', () => {
    const page = libraryNewsPage([stateOf(ballard, { watched: ['S1E4'] }), stateOf(harbour)], true);
    expect(storyTitles(page).slice(0, 2)).toEqual(['news h-wrap', 'news b-finale']);
    expect(coveredCodes(page)).toEqual(['S1E3']);
  });

  it('says a show is loading, listing nothing of it, while still listing the others', () => {
    const page = libraryNewsPage(
      [stateOf(ballard, { entries: 'loading' }), stateOf(harbour)],
      true,
    );
    expect(page.notices).toEqual([
      { show: { id: 'ballard', title: 'Ballard' }, status: 'loading' },
    ]);
    expect(page.stories.every(({ show }) => show.id === 'harbour')).toBe(true);
    expect(page.covered.every(({ show }) => show.id === 'harbour')).toBe(true);
  });

  it('lists nothing while the library loads', () => {
    const page = libraryNewsPage([stateOf(ballard)], false);
    expect(page).toMatchObject({ loading: true, stories: [], covered: [], notices: [] });
  });

  it('is empty with no shows', () => {
    expect(libraryNewsPage([], true)).toMatchObject({
      loading: false,
      stories: [],
      covered: [],
      notices: [],
    });
  });
});

import { describe, expect, it } from 'vitest';
import type { Entry, Pack } from '../pack';
import { entryRevealKey } from '../reveal-keys';
import type { EntriesState, ShowState } from '../show-state';
import { entry, episode, pack } from '../testing/pack-builders';
import { catchUpLink } from './catch-up-link';
import { storyPage, type StoryPage } from './story-page';

const recap = (id: string, spoils: string | null, overrides: Partial<Entry> = {}) =>
  entry(id, spoils, {
    kind: 'recap',
    title: `Recap ${id}`,
    body: `What happened in ${id}.`,
    ...overrides,
  });

/** A special between S1E2 and S1E3, untitled S1E2, and a recap at every episode. */
const HARBOUR: Pack = pack({
  show: { id: 'harbour', title: 'Harbour', network: null, premiered: null, summary: null },
  episodes: [
    episode('S1E1', { title: 'Low Tide' }),
    episode('S1E2'),
    episode('S0E1', { title: 'The Lamp Room' }),
    episode('S1E3', { title: 'Wreckers' }),
    episode('S1E4', { title: 'Landfall' }),
  ],
  entries: [
    recap('premise', null, { title: 'Where it starts' }),
    recap('s1e1-a', 'S1E1'),
    entry('s1e1-reveal', 'S1E1'),
    recap('s1e1-b', 'S1E1'),
    recap('s1e2', 'S1E2'),
    recap('special', 'S0E1'),
    recap('s1e3', 'S1E3'),
    recap('s1e4', 'S1E4', { title: 'The finale' }),
    recap('unlisted', 'S9E9'),
  ],
});

function showState(
  watched: string[],
  {
    revealed = [],
    entries = { status: 'ready', entries: HARBOUR.entries },
    progressLoaded = true,
    record = { status: 'ready', record: HARBOUR },
  }: {
    revealed?: string[];
    entries?: EntriesState;
    progressLoaded?: boolean;
    record?: ShowState['record'];
  } = {},
): ShowState {
  return {
    showId: 'harbour',
    record,
    entries,
    notes: { status: 'ready', notes: [] },
    progressLoaded,
    watched: new Set(watched),
    revealed: new Set(revealed),
    upcomingTitles: 'next',
  };
}

function ready(story: StoryPage) {
  if (story.status !== 'ready') throw new Error(`the story is ${story.status}`);
  return story;
}

const chapterCodes = (story: StoryPage) => ready(story).chapters.map((chapter) => chapter.code);

describe('storyPage', () => {
  it.each([
    { watched: [], chapters: [] },
    { watched: ['S1E1'], chapters: ['S1E1'] },
    { watched: ['S1E1', 'S1E2'], chapters: ['S1E1', 'S1E2'] },
    { watched: ['S1E1', 'S1E2', 'S0E1'], chapters: ['S1E1', 'S1E2', 'S0E1'] },
    // The horizon opens what comes before it, skipped or not.
    { watched: ['S1E3'], chapters: ['S1E1', 'S1E2', 'S0E1', 'S1E3'] },
    { watched: ['S1E4'], chapters: ['S1E1', 'S1E2', 'S0E1', 'S1E3', 'S1E4'] },
  ])('through $watched holds the chapters $chapters, specials in their place', (row) => {
    expect(chapterCodes(storyPage(showState(row.watched)))).toEqual(row.chapters);
  });

  it('holds only recaps, in pack order within an episode', () => {
    const [first] = ready(storyPage(showState(['S1E1']))).chapters;
    expect(first?.recaps.map((item) => item.title)).toEqual(['Recap s1e1-a', 'Recap s1e1-b']);
  });

  it('labels each chapter with its code and title, or "Episode 2" when it has none', () => {
    const story = ready(storyPage(showState(['S0E1'])));
    expect(story.chapters.map(({ code, label }) => [code, label])).toEqual([
      ['S1E1', 'Low Tide'],
      ['S1E2', 'Episode 2'],
      ['S0E1', 'The Lamp Room'],
    ]);
  });

  it('opens with the recaps tied to no episode, whatever is watched', () => {
    for (const watched of [[], ['S1E2']]) {
      const story = ready(storyPage(showState(watched)));
      expect(story.beforeItStarts.map((item) => item.title)).toEqual(['Where it starts']);
    }
  });

  it('leaves out a recap revealed early beyond the horizon', () => {
    const finale = HARBOUR.entries.find((item) => item.id === 's1e4')!;
    const story = storyPage(showState(['S1E2'], { revealed: [entryRevealKey(finale)] }));
    expect(chapterCodes(story)).toEqual(['S1E1', 'S1E2']);
    expect(ready(story).plainText).not.toContain('The finale');
  });

  it('never holds a recap tied to an episode the show does not list', () => {
    const story = ready(storyPage(showState(['S1E4'])));
    expect(story.plainText).not.toContain('unlisted');
  });

  it('says how far the story goes', () => {
    expect(ready(storyPage(showState([]))).through).toBeNull();
    expect(ready(storyPage(showState(['S1E1', 'S0E1']))).through).toBe('S0E1');
  });

  it('names only codes and the show in the tab title', () => {
    expect(storyPage(showState(['S1E4'])).documentTitle).toBe(
      'Story so far · Harbour · Previously',
    );
  });

  it.each([
    ['progress has not loaded', showState(['S1E4'], { progressLoaded: false }), 'loading'],
    ['the entries load', showState(['S1E4'], { entries: { status: 'loading' } }), 'loading'],
    ['the show loads', showState(['S1E4'], { record: { status: 'loading' } }), 'loading'],
    [
      'the entries cannot be read',
      showState(['S1E4'], { entries: { status: 'unreadable', problem: 'damaged' } }),
      'unreadable',
    ],
    [
      'the show cannot be read',
      showState(['S1E4'], { record: { status: 'unreadable' } }),
      'unreadable',
    ],
  ])('holds nothing while %s', (_when, state, status) => {
    const story = storyPage(state);
    expect(story.status).toBe(status);
    expect(Object.keys(story).sort()).toEqual(['documentTitle', 'status']);
  });
});

describe('the "Previously on" catch-up', () => {
  it.each([
    { watched: ['S1E1'], before: 'S1E2', chapters: ['S1E1'] },
    { watched: ['S1E2'], before: 'S0E1', chapters: ['S1E1', 'S1E2'] },
    { watched: ['S0E1'], before: 'S1E3', chapters: ['S1E1', 'S1E2', 'S0E1'] },
    { watched: ['S1E3'], before: 'S1E4', chapters: ['S1E2', 'S0E1', 'S1E3'] },
  ])('through $watched gives the last three chapters before $before', (row) => {
    const { catchUp } = ready(storyPage(showState(row.watched)));
    expect(catchUp?.before).toBe(row.before);
    expect(catchUp?.chapters.map((chapter) => chapter.code)).toEqual(row.chapters);
  });

  it('is not offered when nothing is watched or everything is', () => {
    expect(ready(storyPage(showState([]))).catchUp).toBeNull();
    expect(ready(storyPage(showState(['S1E4']))).catchUp).toBeNull();
  });

  it('is not offered when no recap has opened', () => {
    const entries: EntriesState = { status: 'ready', entries: [recap('late', 'S1E4')] };
    expect(ready(storyPage(showState(['S1E2'], { entries }))).catchUp).toBeNull();
  });
});

describe('catchUpLink', () => {
  it('links to the catch-up before the next episode', () => {
    expect(catchUpLink(showState(['S1E1', 'S1E2', 'S0E1', 'S1E3']))).toEqual({ code: 'S1E4' });
  });

  it.each([[], ['S1E1'], ['S1E2'], ['S0E1'], ['S1E3'], ['S1E4']])(
    "agrees with the story's catch-up through %j",
    (...watched) => {
      const state = showState(watched);
      expect(catchUpLink(state)?.code).toBe(ready(storyPage(state)).catchUp?.before);
    },
  );

  it('is null with nothing to catch up on, and while anything loads', () => {
    expect(catchUpLink(showState([]))).toBeNull();
    expect(catchUpLink(showState(['S1E4']))).toBeNull();
    expect(catchUpLink(showState(['S1E1'], { entries: { status: 'loading' } }))).toBeNull();
    expect(catchUpLink(showState(['S1E1'], { progressLoaded: false }))).toBeNull();
  });
});

describe('the story as plain text', () => {
  it('holds codes, shown titles and recap text without Markdown signs', () => {
    const entries: EntriesState = {
      status: 'ready',
      entries: [
        recap('premise', null, { title: 'Where it starts', body: 'A *harbour* town.' }),
        recap('one', 'S1E1', { body: 'The [causeway](https://example.com) **floods**.' }),
        recap('two', 'S1E2', { title: null, body: '# Fog\n\nA stranger rows in.' }),
        recap('three', 'S0E1', { title: 'Not yet', body: 'Covered.' }),
      ],
    };
    expect(ready(storyPage(showState(['S1E2'], { entries }))).plainText).toBe(
      [
        'Harbour: the story so far, through S1E2',
        'Before it starts',
        'Where it starts\nA harbour town.',
        'S1E1 · Low Tide',
        'Recap one\nThe causeway floods.',
        'S1E2 · Episode 2',
        'Fog A stranger rows in.',
      ].join('\n\n') + '\n',
    );
  });
});

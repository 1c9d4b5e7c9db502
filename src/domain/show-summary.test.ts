import { expect, it } from 'vitest';
import type { Episode } from './pack';
import { headsMissing, showSummary, tileRecord, withHeads } from './show-summary';

const episodes: Episode[] = Array.from({ length: 600 }, (_, index) => ({
  code: `S1E${index + 1}`,
  title: `Title ${index + 1}`,
  ...{ airDate: null, runtime: null, synopsis: null },
}));
const recap = {
  ...{ id: 'recap', kind: 'recap' as const, spoils: 'S1E513', title: 'Recap', body: 'Text.' },
  ...{ characters: [], keywords: [], date: null, source: null },
};
const whole = showSummary(
  {
    show: { id: 'long', title: 'Long', network: null, premiered: null, summary: null },
    episodes,
    characters: [],
  },
  [recap],
);
/** As start-up reads a summary: none of its heads yet. */
const unread = { ...whole, heads: new Map() };

it('stores the heads of 256 episodes a chunk, the last one shorter', () => {
  expect([...whole.heads.keys()]).toEqual([0, 1, 2]);
  expect(whole.heads.get(1)?.titles[0]).toBe('Title 257');
  expect(whole.heads.get(2)?.titles).toHaveLength(600 - 512);
});

it('names the chunks of the furthest watched episode, the next one and the first recap’s', () => {
  // S1E256 is the last of chunk 0, S1E257 the first of chunk 1, S1E513 in chunk 2.
  expect(headsMissing(unread, 'S1E256')).toEqual([0, 1, 2]);
  expect(headsMissing(unread, 'S1E300')).toEqual([1, 2]);
  expect(headsMissing(unread, null)).toEqual([0, 2]);
  expect(headsMissing(withHeads(unread, new Map([[1, whole.heads.get(1)!]])), 'S1E300')).toEqual([
    2,
  ]);
});

it('builds a tile’s record only once every chunk it reads is held', () => {
  const chunk = (at: number) => [at, whole.heads.get(at)!] as const;
  expect(tileRecord(withHeads(unread, new Map([chunk(0), chunk(2)])), 'S1E256')).toBeNull();
  const record = tileRecord(withHeads(unread, new Map([chunk(0), chunk(1), chunk(2)])), 'S1E256');
  expect(record?.episodes.map((episode) => [episode.code, episode.title])).toEqual([
    ['S1E256', 'Title 256'],
    ['S1E257', 'Title 257'],
    ['S1E513', 'Title 513'],
  ]);
});

import { describe, expect, it } from 'vitest';
import { episode } from '../testing/pack-builders';
import { readyGate } from '../testing/ready-gate';
import { episodeListView, seasonGroups } from './episode-rows';

const mixed = ['S1E1', 'S1E2', 'S0E1', 'S2E1', 'S2E2', 'S2E3'].map((code) =>
  episode(code, { title: `Title ${code}`, synopsis: `Synopsis ${code}` }),
);

describe('seasons', () => {
  it('groups consecutive episodes of a season in watch order', () => {
    expect(seasonGroups(mixed)).toEqual([
      { season: 1, start: 0, count: 2 },
      { season: 0, start: 2, count: 1 },
      { season: 2, start: 3, count: 3 },
    ]);
  });

  it('counts the marks within each season', () => {
    const watched = new Set(['S2E2', 'S1E1']);
    const list = episodeListView(readyGate(mixed, watched), mixed, watched, false);
    expect(list.seasons.map(({ label, count, watched: marked }) => [label, count, marked])).toEqual(
      [
        ['Season 1', 2, 1],
        ['Specials', 1, 0],
        ['Season 2', 3, 1],
      ],
    );
  });
});

describe('episode rows', () => {
  it('offers to reveal only what is covered, and names it', () => {
    const watched = new Set(['S1E1']);
    const list = episodeListView(readyGate(mixed, watched), mixed, watched, false);
    expect(list.rowAt(0)).toMatchObject({ label: 'Title S1E1', coveredDetails: null });
    // The next episode's title shows; its synopsis does not.
    expect(list.rowAt(1)).toMatchObject({ label: 'Title S1E2', coveredDetails: 'Synopsis' });
    expect(list.rowAt(2)).toMatchObject({
      label: 'Special 1',
      synopsis: null,
      coveredDetails: 'Title and synopsis',
    });
    expect(JSON.stringify(list.rowAt(2))).not.toMatch(/Title S0E1|Synopsis S0E1/);
  });
});

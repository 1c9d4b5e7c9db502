import { describe, expect, it } from 'vitest';
import { character, entry, episode, pack, seasonCodes } from '../testing/pack-builders';
import { packShowState } from '../testing/pack-show-state';
import { showPage } from './show-page';

const subject = pack({
  episodes: seasonCodes(1, 3).map((code) => episode(code)),
  characters: [
    character('lead', null, { name: 'Lead' }),
    character('late', 'S1E3', { name: 'Late' }),
  ],
  entries: [
    entry('old-news', null, { kind: 'news', title: 'Old news', date: '2025-01-01' }),
    entry('late-news', 'S1E3', { kind: 'news', title: 'Late news', date: '2025-06-01' }),
    entry('new-news', null, { kind: 'news', title: 'New news', date: '2025-03-01' }),
    entry('premise', null, { kind: 'recap', title: 'Premise' }),
    entry('late-fact', 'S1E3', { kind: 'fact', title: null, characters: ['late'] }),
  ],
});

function ready(watched: string[]) {
  const view = showPage(packShowState(subject, { watched }));
  if (view.status !== 'ready') throw new Error('not ready');
  return view;
}

const labels = (section: ReturnType<typeof ready>['news']) =>
  section.status === 'ready'
    ? section.items.map((item) => (item.state === 'visible' ? item.title : item.kindLabel))
    : section.status;

describe('showPage', () => {
  it('lists visible news newest first and covered news after it, so no date is hinted', () => {
    expect(labels(ready(['S1E1']).news)).toEqual(['New news', 'Old news', 'News']);
    expect(labels(ready(['S1E3']).news)).toEqual(['Late news', 'New news', 'Old news']);
  });

  it('names only the characters met so far, with their facts', () => {
    const before = ready(['S1E2']).characters;
    expect(before.status === 'ready' && before.cards.map((card) => card.name)).toEqual(['Lead']);
    const after = ready(['S1E3']).characters;
    expect(after.status === 'ready' && after.cards.map((card) => card.name)).toEqual([
      'Lead',
      'Late',
    ]);
    expect(JSON.stringify(ready(['S1E2']))).not.toMatch(/"Late"|Late news/);
  });

  it("holds the 12 characters met last, in the show's order, and counts only those known", () => {
    const codes = seasonCodes(1, 20);
    const crowded = pack({
      episodes: codes.map((code) => episode(code)),
      characters: [
        character('first-lead', null, { name: 'First lead' }),
        character('second-lead', null, { name: 'Second lead' }),
        character('c20', 'S1E20', { name: 'C20' }),
        ...codes
          .slice(0, 19)
          .map((code, at) => character(`c${at + 1}`, code, { name: `C${at + 1}` })),
      ],
    });
    const view = showPage(packShowState(crowded, { watched: codes.slice(0, 15) }));
    if (view.status !== 'ready' || view.characters.status !== 'ready') throw new Error('not ready');
    expect(view.characters.cards.map((card) => card.name)).toEqual(
      Array.from({ length: 12 }, (_, at) => `C${at + 4}`),
    );
    // The two leads and C1 to C15; C20 and the others are not met yet.
    expect(view.characters.known).toBe(17);
  });

  it('holds nothing, not even unticked boxes, while progress loads', () => {
    expect(showPage({ ...packShowState(subject), progressLoaded: false })).toEqual({
      status: 'loading',
    });
  });
});

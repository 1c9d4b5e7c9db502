import { describe, expect, it } from 'vitest';
import { entryRevealKey } from '../reveal-keys';
import { codexEntry, codexShowState } from '../testing/codex-show';
import { characterPage, type CharacterPage } from './character-page';

function met(view: CharacterPage) {
  if (view.status !== 'met') throw new Error(`expected a character, got ${view.status}`);
  return view;
}

describe('characterPage', () => {
  it.each([
    { id: 'keeper', watched: [], introduced: 'Known from the start' },
    { id: 'pilot', watched: ['S0E1'], introduced: 'First seen in S0E1' },
    { id: 'wrecker', watched: ['S1E4'], introduced: 'First seen in S1E4' },
  ])('$id, once introduced: "$introduced"', ({ id, watched, introduced }) => {
    const view = met(characterPage(codexShowState(watched), id));
    expect(view.character.id).toBe(id);
    expect(view.character.introduced).toBe(introduced);
  });

  it('gives the name, actor and facts in the order they opened, covered ones last', () => {
    const view = met(characterPage(codexShowState(['S1E1']), 'keeper'));
    expect([view.character.name, view.character.actor]).toEqual(['Ada Keeper', 'Ann Actor']);
    expect(
      view.character.facts.map((fact) =>
        fact.state === 'visible' ? [fact.body, fact.asOf] : [fact.kindLabel, fact.opensAfter],
      ),
    ).toEqual([
      ['Fact keeper-premise.', 'From the start'],
      ['Fact keeper-s1e1.', 'As of S1E1'],
      ['Character fact', 'S0E1'],
      ['Character fact', 'S1E3'],
      ['Character fact', 'S1E4'],
    ]);
  });

  it.each([
    { watched: [], revealed: [], expected: [['Reveal', 'title of keeper-premise-reveal', null]] },
    {
      watched: ['S1E1'],
      revealed: [],
      expected: [
        ['Reveal', 'title of keeper-premise-reveal', null],
        ['Recap', 'title of keeper-recap', 'S1E1'],
      ],
    },
    {
      watched: ['S1E1'],
      revealed: ['keeper-finale-reveal'],
      expected: [
        ['Reveal', 'title of keeper-premise-reveal', null],
        ['Recap', 'title of keeper-recap', 'S1E1'],
        ['Reveal', 'title of keeper-finale-reveal', 'S1E4'],
      ],
    },
  ])(
    'links the visible recaps and reveals about them, in watch order (watched $watched, revealed $revealed)',
    ({ watched, revealed, expected }) => {
      const state = codexShowState(watched, {
        revealed: revealed.map((id) => entryRevealKey(codexEntry(id))),
      });
      const view = met(characterPage(state, 'keeper'));
      expect(view.mentions.map((m) => [m.kindLabel, m.title, m.episodeCode])).toEqual(expected);
      for (const { anchor } of view.mentions) expect(anchor).toMatch(/^item-[0-9a-z]+$/);
    },
  );

  it('gives a character not met yet the same neutral view as an id the show does not have', () => {
    const state = codexShowState(['S1E3']);
    const notMet = characterPage(state, 'wrecker');
    expect(notMet).toEqual({
      status: 'not-met',
      documentTitle: 'Character · Harbour · Previously',
      showId: 'harbour',
      showTitle: 'Harbour',
    });
    expect(characterPage(state, 'no-such-person')).toEqual(notMet);
  });

  it('never names the character in the tab title', () => {
    expect(met(characterPage(codexShowState([]), 'keeper')).documentTitle).toBe(
      'Character · Harbour · Previously',
    );
  });

  it('gives the character but no fact or mention while entries load or cannot be read', () => {
    for (const entries of [
      { status: 'loading' },
      { status: 'unreadable', problem: 'damaged' },
    ] as const) {
      const view = met(characterPage(codexShowState(['S1E4'], { entries }), 'keeper'));
      expect([view.entries, view.character.facts, view.mentions]).toEqual([entries.status, [], []]);
    }
  });

  it('says loading, naming no one, until progress has loaded, and unavailable without the show', () => {
    expect(characterPage(codexShowState(['S1E4'], { progressLoaded: false }), 'keeper')).toEqual({
      status: 'loading',
      documentTitle: 'Character · Harbour · Previously',
    });
    expect(
      characterPage(codexShowState([], { record: { status: 'unreadable' } }), 'keeper').status,
    ).toBe('unavailable');
  });
});

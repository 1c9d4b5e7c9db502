import { describe, expect, it } from 'vitest';
import { itemAnchor, itemView, presentCharacterNames } from './page-items';
import { entryRevealKey } from './reveal-keys';
import { character, entry, episode, seasonCodes } from './testing/pack-builders';
import { readyGate } from './testing/ready-gate';

const episodes = seasonCodes(1, 4).map((code) => episode(code));
const cast = [
  character('lead', null, { name: 'Lead' }),
  character('late', 'S1E3', { name: 'Late' }),
];

describe('itemView', () => {
  it('gives a covered entry only its kind, its opening code and what Reveal reveals', () => {
    const twist = entry('twist', 'S1E3', { kind: 'fact', characters: ['late'] });
    expect(itemView(readyGate(episodes, ['S1E1']), twist, new Map())).toEqual({
      state: 'covered',
      kindLabel: 'Character fact',
      opensAfter: 'S1E3',
      revealKey: entryRevealKey(twist),
    });
  });

  it('says nothing of an opening episode the show does not list', () => {
    const odd = entry('odd', 'S5E1');
    expect(itemView(readyGate(episodes), odd, new Map())).toMatchObject({
      state: 'covered',
      opensAfter: null,
    });
  });

  it('shows an entry once it opens, naming only characters already introduced', () => {
    const gate = readyGate(episodes, ['S1E2']);
    const recap = entry('recap', 'S1E2', { kind: 'recap', characters: ['lead', 'late'] });
    expect(itemView(gate, recap, presentCharacterNames(gate, cast))).toEqual({
      state: 'visible',
      kind: 'recap',
      kindLabel: 'Recap',
      title: 'title of recap',
      body: 'body of recap',
      episodeCode: 'S1E2',
      characters: [{ id: 'lead', name: 'Lead' }],
      date: null,
      source: null,
      hideKey: null,
      anchor: itemAnchor(recap),
    });
  });

  it('says what Hide again hides when an entry shows only because it was revealed', () => {
    const twist = entry('twist', 'S1E3');
    const view = itemView(readyGate(episodes, [], [entryRevealKey(twist)]), twist, new Map());
    expect(view).toMatchObject({ state: 'visible', hideKey: entryRevealKey(twist) });
  });

  it('covers another entry given the id of one that was revealed', () => {
    const revealed = entryRevealKey(entry('twist', 'S1E3'));
    const successor = entry('twist', 'S1E4', { title: 'A later twist' });
    expect(itemView(readyGate(episodes, [], [revealed]), successor, new Map()).state).toBe(
      'covered',
    );
  });

  it('anchors an item by a hash that holds no text of it', () => {
    const secret = entry('olivas-dies', 'S1E3', { title: 'What happens to Olivas' });
    expect(itemAnchor(secret)).toMatch(/^item-[0-9a-z]+$/);
    expect(itemAnchor(secret)).not.toMatch(/olivas|dies/i);
  });
});

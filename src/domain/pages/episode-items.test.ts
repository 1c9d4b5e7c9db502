import { describe, expect, it } from 'vitest';
import { LOADING_GATE } from '../gate';
import { entryRevealKey } from '../reveal-keys';
import { character, entry, episode, seasonCodes } from '../testing/pack-builders';
import { readyGate } from '../testing/ready-gate';
import { episodeItems, UNMET_FACTS_LABEL } from './episode-items';

const episodes = seasonCodes(1, 3).map((code) => episode(code));
const characters = [
  character('hero', null, { name: 'Hero Name' }),
  character('late-one', 'S1E3', { name: 'Late One' }),
  character('late-two', 'S1E3', { name: 'Late Two' }),
];
const fact = (id: string, about: string, spoils = 'S1E3') =>
  entry(id, spoils, { kind: 'fact', title: null, body: `fact ${id}`, characters: [about] });
const entries = [
  entry('recap', 'S1E3', { kind: 'recap', characters: ['hero', 'late-one'] }),
  fact('hero-fact', 'hero'),
  fact('late-one-fact', 'late-one'),
  fact('late-one-more', 'late-one'),
  fact('late-two-fact', 'late-two'),
  entry('news', 'S1E3', { kind: 'news' }),
  entry('elsewhere', 'S1E2'),
];

describe('episodeItems', () => {
  it('before the episode: one placeholder for all facts about people not met, none per person', () => {
    const items = episodeItems(readyGate(episodes, ['S1E1']), entries, characters, 'S1E3');
    expect(
      items.map((item) => [
        item.state,
        item.kindLabel,
        item.state === 'visible' ? null : item.opensAfter,
      ]),
    ).toEqual([
      ['covered', 'Recap', 'S1E3'],
      ['covered', 'Character fact', 'S1E3'],
      ['covered-group', UNMET_FACTS_LABEL, 'S1E3'],
    ]);
    const group = items[2];
    expect(group?.state === 'covered-group' && group.revealKeys.length).toBe(3);
    expect(JSON.stringify(items)).not.toMatch(/Late One|Late Two|fact late/);
  });

  it('once the episode is watched: every item, and the characters it names', () => {
    const items = episodeItems(readyGate(episodes, ['S1E3']), entries, characters, 'S1E3');
    expect(items.map((item) => item.state)).toEqual(Array(5).fill('visible'));
    const recap = items[0];
    expect(recap?.state === 'visible' && recap.characters.map((c) => c.name)).toEqual([
      'Hero Name',
      'Late One',
    ]);
  });

  it('a fact about someone not met, revealed early, shows alone and names no one', () => {
    const revealed = [entryRevealKey(entries[2]!)];
    const items = episodeItems(readyGate(episodes, [], revealed), entries, characters, 'S1E3');
    const shown = items.filter((item) => item.state === 'visible');
    expect(shown.map((item) => item.state === 'visible' && [item.body, item.characters])).toEqual([
      ['fact late-one-fact', []],
    ]);
    const group = items.find((item) => item.state === 'covered-group');
    expect(group?.state === 'covered-group' && group.revealKeys.length).toBe(2);
  });

  it('a group peeked at whole shows its facts in its place, naming no one; peeked in part, it stays whole', () => {
    const unmet = [entries[2]!, entries[3]!, entries[4]!].map(entryRevealKey);
    const peeking = (peeked: string[]) =>
      episodeItems(
        { ...readyGate(episodes), peeked: new Set(peeked) },
        entries,
        characters,
        'S1E3',
      );

    const [, , group] = peeking(unmet);
    expect(group?.state === 'covered-group' && group.revealKeys).toEqual(unmet);
    expect(
      group?.state === 'covered-group' && group.peeked?.map((item) => [item.body, item.characters]),
    ).toEqual([
      ['fact late-one-fact', []],
      ['fact late-one-more', []],
      ['fact late-two-fact', []],
    ]);
    expect(JSON.stringify(group)).not.toMatch(/Late One|Late Two/);

    const partly = peeking(unmet.slice(0, 1));
    expect(partly).toHaveLength(3);
    expect(partly[2]).toEqual({
      state: 'covered-group',
      kindLabel: UNMET_FACTS_LABEL,
      opensAfter: 'S1E3',
      revealKeys: unmet,
    });
  });

  it('while progress loads: covered, the group included', () => {
    const items = episodeItems(LOADING_GATE, entries, characters, 'S1E3');
    expect(items.every((item) => item.state !== 'visible')).toBe(true);
  });
});

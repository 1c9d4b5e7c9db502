import { describe, expect, it } from 'vitest';
import { entryRevealKey } from '../reveal-keys';
import { DEFAULT_SHOW_RULES } from '../show-rules';
import { codexEntry, codexShowState } from '../testing/codex-show';
import type { CodexFact } from './character-facts';
import { charactersPage, type CharactersPage } from './characters-page';

/** A fact as the page reads: its text and "as of" line, or its placeholder. */
const factLine = (fact: CodexFact) =>
  fact.state === 'visible'
    ? `${fact.body} ${fact.asOf}${fact.hideKey === null ? '' : ' (revealed early)'}${fact.peekKey === undefined ? '' : ' (peeked)'}`
    : `${fact.kindLabel} · Opens after ${fact.opensAfter}`;

function ready(view: CharactersPage) {
  if (view.status !== 'ready') throw new Error(`expected a ready view, got ${view.status}`);
  return view;
}

const codex = (view: CharactersPage) =>
  ready(view).characters.map((c) => ({ name: c.name, facts: c.facts.map(factLine) }));

describe('charactersPage', () => {
  it.each([
    {
      watched: [],
      expected: [
        {
          name: 'Ada Keeper',
          facts: [
            'Fact keeper-premise. From the start',
            'Character fact · Opens after S1E1',
            'Character fact · Opens after S0E1',
            'Character fact · Opens after S1E3',
            'Character fact · Opens after S1E4',
          ],
        },
      ],
    },
    {
      watched: ['S1E1'],
      expected: [
        {
          name: 'Ada Keeper',
          facts: [
            'Fact keeper-premise. From the start',
            'Fact keeper-s1e1. As of S1E1',
            'Character fact · Opens after S0E1',
            'Character fact · Opens after S1E3',
            'Character fact · Opens after S1E4',
          ],
        },
      ],
    },
    {
      watched: ['S1E3'],
      expected: [
        {
          name: 'Ada Keeper',
          facts: [
            'Fact keeper-premise. From the start',
            'Fact keeper-s1e1. As of S1E1',
            'Fact keeper-special. As of S0E1',
            'Fact keeper-s1e3. As of S1E3',
            'Character fact · Opens after S1E4',
          ],
        },
        { name: 'Ben Pilot', facts: ['Fact pilot-special. As of S0E1'] },
      ],
    },
    {
      watched: ['S1E4'],
      expected: [
        {
          name: 'Ada Keeper',
          facts: [
            'Fact keeper-premise. From the start',
            'Fact keeper-s1e1. As of S1E1',
            'Fact keeper-special. As of S0E1',
            'Fact keeper-s1e3. As of S1E3',
            'Fact keeper-finale. As of S1E4',
          ],
        },
        { name: 'Ben Pilot', facts: ['Fact pilot-special. As of S0E1'] },
        { name: 'Cy Wrecker', facts: ['Fact wrecker-finale. As of S1E4'] },
      ],
    },
  ])('watched through $watched: who is known, facts in the order they opened', (row) => {
    expect(codex(charactersPage(codexShowState(row.watched)))).toEqual(row.expected);
  });

  it('holds no trace of a character introduced later: no id, name, actor or fact', () => {
    const view = charactersPage(codexShowState(['S1E3']));
    const text = JSON.stringify(view);
    for (const secret of ['wrecker', 'Cy Wrecker', 'Carl Actor', 'Fact wrecker-finale.']) {
      expect(text).not.toContain(secret);
    }
    expect(ready(view).characters.map((c) => [c.id, c.actor])).toEqual([
      ['keeper', 'Ann Actor'],
      ['pilot', null],
    ]);
  });

  it('shows a fact revealed early among the opened ones, with a way to hide it again', () => {
    const finaleFact = entryRevealKey(codexEntry('keeper-finale'));
    const view = charactersPage(codexShowState(['S1E1'], { revealed: [finaleFact] }));
    expect(codex(view)[0]?.facts).toEqual([
      'Fact keeper-premise. From the start',
      'Fact keeper-s1e1. As of S1E1',
      'Fact keeper-finale. As of S1E4 (revealed early)',
      'Character fact · Opens after S0E1',
      'Character fact · Opens after S1E3',
    ]);
  });

  it('shows a fact peeked at in its placeholder’s place, among the covered ones', () => {
    const finaleFact = entryRevealKey(codexEntry('keeper-s1e3'));
    const view = charactersPage(codexShowState(['S1E1'], { peeked: new Set([finaleFact]) }));
    expect(codex(view)[0]?.facts).toEqual([
      'Fact keeper-premise. From the start',
      'Fact keeper-s1e1. As of S1E1',
      'Character fact · Opens after S0E1',
      'Fact keeper-s1e3. As of S1E3 (peeked)',
      'Character fact · Opens after S1E4',
    ]);
  });

  it('in strict mode, shows the facts peeked at through the one placeholder in its place', () => {
    const strict = { ...DEFAULT_SHOW_RULES, strict: true };
    const special = entryRevealKey(codexEntry('keeper-special'));
    const facts = (peeked: string[]) =>
      ready(charactersPage(codexShowState(['S1E1'], { rules: strict, peeked: new Set(peeked) })))
        .characters[0]?.facts;
    const [, , placeholder] = facts([special]) ?? [];
    expect(placeholder).toEqual({
      state: 'covered-group',
      kindLabel: 'Something here',
      opensAfter: 'S0E1',
      revealKeys: [special],
      peeked: [expect.objectContaining({ body: 'Fact keeper-special.', peekKey: special })],
    });
    // Once the peek ends, the placeholder is as it was.
    expect(facts([])?.[2]).toEqual({ ...placeholder, peeked: undefined });
  });

  it('a fact revealed early about someone not met yet does not bring them in', () => {
    const wreckerFact = entryRevealKey(codexEntry('wrecker-finale'));
    const view = charactersPage(codexShowState(['S1E1'], { revealed: [wreckerFact] }));
    expect(codex(view).map((c) => c.name)).toEqual(['Ada Keeper']);
    expect(JSON.stringify(view)).not.toContain('wrecker');
  });

  it('lists the characters but no fact while entries load or cannot be read, and says which', () => {
    const loading = ready(
      charactersPage(codexShowState(['S1E3'], { entries: { status: 'loading' } })),
    );
    expect(loading.entries).toBe('loading');
    expect(loading.characters.map((c) => [c.name, c.facts])).toEqual([
      ['Ada Keeper', []],
      ['Ben Pilot', []],
    ]);
    const unreadable = ready(
      charactersPage(
        codexShowState(['S1E3'], { entries: { status: 'unreadable', problem: 'damaged' } }),
      ),
    );
    expect(unreadable.entries).toBe('unreadable');
    expect(unreadable.characters.flatMap((c) => c.facts)).toEqual([]);
  });

  it('says loading, with no one in it, until progress and the show have loaded', () => {
    expect(charactersPage(codexShowState(['S1E4'], { progressLoaded: false }))).toEqual({
      status: 'loading',
      documentTitle: 'Characters · Harbour · Previously',
    });
    expect(charactersPage(codexShowState([], { record: { status: 'loading' } }))).toEqual({
      status: 'loading',
      documentTitle: 'Characters · Previously',
    });
  });

  it('says the show is unavailable when it is missing or cannot be read', () => {
    for (const record of [{ status: 'missing' }, { status: 'unreadable' }] as const) {
      expect(charactersPage(codexShowState(['S1E4'], { record })).status).toBe('unavailable');
    }
  });

  it('titles the tab with the app’s words and the show’s title only', () => {
    expect(ready(charactersPage(codexShowState(['S1E4']))).documentTitle).toBe(
      'Characters · Harbour · Previously',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { validatePack } from './parse-pack';

const RLO = '\u202E';
const ZWSP = '\u200B';

function packData(change: (pack: ReturnType<typeof plainPack>) => void = () => {}) {
  const pack = plainPack();
  change(pack);
  return pack;
}

function plainPack() {
  return {
    format: 'previously-pack',
    version: 1,
    show: { id: 'demo', title: 'Demo', network: 'Net' as string | null },
    episodes: [{ code: 'S1E1', title: 'Pilot' }, { code: 'S1E2' }],
    characters: [{ id: 'hero', name: 'Hero', actor: 'An Actor', introducedIn: null }],
    entries: [
      {
        id: 'e1',
        kind: 'recap',
        spoils: 'S1E2',
        title: 'Recap',
        body: 'Text',
        characters: ['hero'],
      },
    ],
  };
}

describe('invisible and direction-changing characters on import', () => {
  it('removes a right-to-left override from the show title and says where', () => {
    // Displayed, this title reads "Finale S1E10"; its letters say otherwise.
    const result = validatePack(packData((p) => (p.show.title = `Finale ${RLO}01E1S`)));
    expect(result).toMatchObject({
      ok: true,
      pack: { show: { title: 'Finale 01E1S' } },
      invisibleRemoved: ['show.title'],
    });
  });

  it('removes them from episode titles, character names and actors, and entry titles', () => {
    const result = validatePack(
      packData((p) => {
        p.episodes[0]!.title = `Pi\u2066lot\u2069`;
        p.characters[0]!.name = `He\u200Dro`;
        p.characters[0]!.actor = `An\u00AD Actor`;
        p.entries[0]!.title = `\uFEFFRecap\u200E`;
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      pack: {
        episodes: [{ title: 'Pilot' }, {}],
        characters: [{ name: 'Hero', actor: 'An Actor' }],
        entries: [{ title: 'Recap' }],
      },
      invisibleRemoved: [
        'episodes[0].title',
        'characters[0].name',
        'characters[0].actor',
        'entries[0].title',
      ],
    });
  });

  it('makes a second "Ballard" with a zero-width space the same title as the first', () => {
    const result = validatePack(packData((p) => (p.show.title = `Ball${ZWSP}ard`)));
    expect(result.ok && result.pack.show.title).toBe('Ballard');
  });

  it('reports nothing when there is nothing to remove', () => {
    expect(validatePack(packData())).toMatchObject({ ok: true, invisibleRemoved: [] });
  });

  it('leaves bodies as they are: right-to-left text in them is legitimate', () => {
    const body = `${RLO}مرحبا${ZWSP}`;
    const result = validatePack(packData((p) => (p.entries[0]!.body = body)));
    expect(result).toMatchObject({ ok: true, pack: { entries: [{ body }] }, invisibleRemoved: [] });
  });

  it('refuses an entry id holding a zero-width space, naming the field', () => {
    const result = validatePack(packData((p) => (p.entries[0]!.id = `e${ZWSP}1`)));
    expect(result).toEqual({
      ok: false,
      problems: [
        'entries[0].id: holds an invisible or direction-changing character (such as a zero-width space); an id is a key, so it is not changed on import: remove the character and import again',
      ],
    });
  });

  it('refuses a show id holding a zero-width space, naming the field', () => {
    const result = validatePack(packData((p) => (p.show.id = `ballard${ZWSP}`)));
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/^show\.id: /)]);
  });

  it('refuses a required title that holds nothing else, and drops an optional one', () => {
    expect(validatePack(packData((p) => (p.show.title = `${RLO}${ZWSP}`)))).toEqual({
      ok: false,
      problems: ['show.title: holds nothing but invisible or direction-changing characters'],
    });
    expect(validatePack(packData((p) => (p.show.network = ZWSP)))).toMatchObject({
      ok: true,
      pack: { show: { network: null } },
      invisibleRemoved: ['show.network'],
    });
  });
});

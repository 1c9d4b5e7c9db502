import { describe, expect, it } from 'vitest';
import { entryRevealKey } from './reveal-keys';
import { checkText, shieldTerms } from './shield';
import { character, entry, episode, seasonCodes } from './testing/pack-builders';
import { readyGate } from './testing/ready-gate';

/** Four episodes, a keeper known from the start, and what comes at S1E2 and S1E4. */
const EPISODES = seasonCodes(1, 4).map((code) => episode(code));
const CHARACTERS = [
  character('maren', null, { name: 'Maren Holt', actor: 'Ida Brenner' }),
  character('elodie', 'S1E4', { name: 'Élodie Márquez', actor: 'Sofia Lind' }),
  character('tomas', 'S1E2', { name: 'Tomas van Holt' }),
];
const ENTRIES = [
  entry('wreck', 'S1E2', { keywords: ['shipwreck', 'gun'] }),
  entry('betrayal', 'S1E4', { keywords: ['lighthouse fire', 'Holt', 'Maren Holt'] }),
  entry('premise', null, { keywords: ['storm'] }),
  entry('elsewhere', 'S9E9', { keywords: ['ferry'] }),
];

function check(text: string, watched: string[] = [], revealed: string[] = []) {
  const gate = readyGate(EPISODES, watched, revealed);
  return checkText(shieldTerms(gate, 'Harbour', CHARACTERS, ENTRIES, 'en'), text);
}

const masks = (text: string, watched: string[] = [], revealed: string[] = []) =>
  check(text, watched, revealed).map((sentence) => sentence.mask?.opensAfter ?? 'readable');

describe('the spoiler shield', () => {
  it('splits a text into sentences and keeps each one as written', () => {
    expect(check('The storm came. Then a shipwreck!\nMaren waited?')).toEqual([
      { text: 'The storm came.', mask: null },
      { text: 'Then a shipwreck!', mask: { opensAfter: 'S1E2' } },
      { text: 'Maren waited?', mask: null },
    ]);
  });

  it('in strict mode, masks a cast member with no first episode until the user has met them', () => {
    const cast = [
      character('maren', null, { name: 'Maren Holt' }),
      character('elodie', null, { name: 'Élodie Márquez' }),
    ];
    const gate = { ...readyGate(EPISODES, ['S1E1']), strict: true, metOnly: new Set(['maren']) };
    const sentences = checkText(shieldTerms(gate, 'Harbour', cast, [], 'en'), 'Maren. Élodie.');
    expect(sentences.map((sentence) => sentence.mask === null)).toEqual([true, false]);
  });

  it('matches a keyword only as a whole word', () => {
    expect(masks('It had begun. Two guns. A gun. Gunfire.')).toEqual([
      'readable',
      'readable',
      'S1E2',
      'readable',
    ]);
  });

  it('matches in any case and any accent', () => {
    expect(masks('SHIPWRECK. We met elodie. ÉLODIE MÁRQUEZ spoke. Marquez spoke.')).toEqual([
      'S1E2',
      'S1E4',
      'S1E4',
      'S1E4',
    ]);
  });

  it('reads a possessive as the name it belongs to', () => {
    expect(masks('Márquez’s boat sank. Elodie’s boat sank.')).toEqual(['S1E4', 'S1E4']);
  });

  it('matches a keyword of several words only as those whole words, in order', () => {
    expect(masks('The lighthouse fire. The fire at the lighthouse. Lighthouse fires.')).toEqual([
      'S1E4',
      'readable',
      'readable',
    ]);
  });

  it('masks the actor of a character not met yet, and not the name of one met', () => {
    expect(masks('Sofia Lind joins. Maren Holt stays. Ida Brenner stays.')).toEqual([
      'S1E4',
      'readable',
      'readable',
    ]);
  });

  it('never masks for a word alone that visible names or the title use', () => {
    // "Holt" and "Maren Holt" are keywords of a covered entry, but Maren Holt is met from the
    // start; "Tomas van Holt" is not met yet, yet his "Holt" and particle "van" are no spoiler.
    expect(masks('Harbour is back. Holt again. A van. Tomas is back. Tomas van Holt.')).toEqual([
      'readable',
      'readable',
      'readable',
      'S1E2',
      'S1E2',
    ]);
  });

  it('says the earliest code among what a sentence mentions', () => {
    expect(masks('Élodie and the shipwreck.')).toEqual(['S1E2']);
  });

  it('masks for an episode the show does not list, without a code', () => {
    expect(check('The ferry left.')).toEqual([
      { text: 'The ferry left.', mask: { opensAfter: null } },
    ]);
  });

  it('masks nothing that has opened', () => {
    expect(masks('A shipwreck. Tomas. Élodie. A lighthouse fire.', ['S1E2'])).toEqual([
      'readable',
      'readable',
      'S1E4',
      'S1E4',
    ]);
    expect(masks('A shipwreck. Tomas. Élodie. A lighthouse fire.', ['S1E4'])).toEqual([
      'readable',
      'readable',
      'readable',
      'readable',
    ]);
  });

  it('reads the keywords of an entry revealed early as visible', () => {
    const [wreck] = ENTRIES;
    if (!wreck) throw new Error('no entry');
    expect(masks('A shipwreck.', [], [entryRevealKey(wreck)])).toEqual(['readable']);
  });

  it('holds no sentence for an empty text', () => {
    expect(check('  \n ')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { refreshedCharacters } from './refreshed-characters';
import { character } from './testing/pack-builders';

const codes = ['S1E1', 'S1E2', 'S1E3'];

describe('refreshedCharacters', () => {
  it('keeps when a stored character is introduced, taking name and actor from the fresh cast', () => {
    const fresh = [character('mole', null, { name: 'Mole', actor: 'New Actor' })];
    const stored = [character('mole', 'S1E3', { name: 'Old Name', actor: 'Old Actor' })];
    expect(refreshedCharacters(fresh, stored, codes)).toEqual([
      { id: 'mole', name: 'Mole', actor: 'New Actor', introducedIn: 'S1E3' },
    ]);
  });

  it('adds new cast as the source has them and keeps characters only the stored show had', () => {
    const fresh = [character('new', null)];
    const stored = [character('from-pack', 'S1E2')];
    expect(refreshedCharacters(fresh, stored, codes).map((c) => [c.id, c.introducedIn])).toEqual([
      ['new', null],
      ['from-pack', 'S1E2'],
    ]);
  });

  it('moves an introduction at an episode no longer listed to the last episode, never earlier', () => {
    const stored = [character('gone', 'S2E9')];
    expect(refreshedCharacters([character('gone', null)], stored, codes)[0]?.introducedIn).toBe(
      'S1E3',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { entry } from '../testing/pack-builders';
import { factsByCharacter, newsEntries, showWideEntries } from './entry-selections';

describe('which entries a page lists', () => {
  it('gives each character their own facts only, in pack order', () => {
    const facts = [
      entry('lead-fact', 'S1E2', { kind: 'fact', characters: ['lead'] }),
      entry('villain-fact', 'S1E3', { kind: 'fact', characters: ['villain'] }),
      entry('lead-later', 'S1E3', { kind: 'fact', characters: ['lead'] }),
      entry('recap', 'S1E3', { kind: 'recap', characters: ['lead'] }),
    ];
    expect(
      factsByCharacter(facts)
        .get('lead')
        ?.map((e) => e.id),
    ).toEqual(['lead-fact', 'lead-later']);
  });

  it('puts news apart, and spoiler-free recaps and reveals on the show page', () => {
    const mixed = [
      entry('premise', null, { kind: 'recap' }),
      entry('rumour', null, { kind: 'news' }),
      entry('hero-fact', null, { kind: 'fact', characters: ['hero'] }),
      entry('later', 'S1E2', { kind: 'reveal' }),
      entry('setup', null, { kind: 'reveal' }),
    ];
    expect(showWideEntries(mixed).map((e) => e.id)).toEqual(['premise', 'setup']);
    expect(newsEntries(mixed).map((e) => e.id)).toEqual(['rumour']);
  });
});

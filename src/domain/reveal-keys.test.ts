import { describe, expect, it } from 'vitest';
import {
  entryRevealKey,
  episodeRevealKey,
  noteRevealKey,
  pinLegacyRevealKeys,
  revealKeysInOneForm,
  revealTarget,
} from './reveal-keys';
import { entry, episode } from './testing/pack-builders';

const twist = entry('twist', 'S1E3', {
  title: 'Gary was the keeper',
  body: 'Gary kept the lighthouse all along.',
  characters: ['gary'],
});
const third = episode('S1E3', { title: 'The keeper', synopsis: 'Who kept the light.' });

describe('reveal keys', () => {
  it('names the entry or episode and a fingerprint, and no text of its content', () => {
    for (const key of [entryRevealKey(twist), episodeRevealKey(third)]) {
      expect(key).toMatch(/^(entry|episode)#[0-9a-z]{1,11}:(twist|S1E3)$/);
      for (const word of ['Gary', 'gary', 'keeper', 'lighthouse', 'light']) {
        expect(key).not.toContain(word);
      }
    }
  });

  it('is the same for the same content and differs for different content', () => {
    expect(entryRevealKey({ ...twist })).toBe(entryRevealKey(twist));
    expect(entryRevealKey({ ...twist, body: `${twist.body} ` })).not.toBe(entryRevealKey(twist));
    expect(entryRevealKey({ ...twist, characters: [] })).not.toBe(entryRevealKey(twist));
    expect(episodeRevealKey({ ...third, synopsis: null })).not.toBe(episodeRevealKey(third));
  });

  it('does not confuse text moved from one field to the next', () => {
    const a = entry('a', null, { title: 'ab', body: 'c' });
    const b = entry('a', null, { title: 'a', body: 'bc' });
    expect(entryRevealKey(a)).not.toBe(entryRevealKey(b));
  });

  it('reads what a key is about', () => {
    expect(revealTarget(entryRevealKey(twist))).toEqual({
      kind: 'entry',
      id: 'twist',
      pinned: true,
    });
    expect(revealTarget('episode:S1E3')).toEqual({ kind: 'episode', id: 'S1E3', pinned: false });
    expect(revealTarget(noteRevealKey('note-1'))).toEqual({
      kind: 'entry',
      id: 'note-1',
      pinned: false,
    });
    expect(revealTarget('something else')).toBeNull();
  });
});

describe('pinLegacyRevealKeys', () => {
  it('pins keys from before fingerprints to the content held now, and keeps the rest', () => {
    const pinned = entryRevealKey(twist);
    expect(
      pinLegacyRevealKeys(
        ['entry:twist', 'episode:S1E3', 'entry:note-1', 'episode:S9E9', pinned],
        [twist],
        [third],
      ),
    ).toEqual([pinned, episodeRevealKey(third), 'entry:note-1', 'episode:S9E9', pinned]);
  });
});

describe('reveal keys once codes take one form', () => {
  it('opens the same episode and entry that a key written under another form of the code opened', () => {
    const twistAsWritten = { ...twist, spoils: 'S01E03' };
    const thirdAsWritten = { ...third, code: 'S01E03' };
    const keys = [
      entryRevealKey(twistAsWritten),
      episodeRevealKey(thirdAsWritten),
      'episode:S001E003',
      noteRevealKey('note-1'),
      entryRevealKey(twist),
    ];
    const renamed = revealKeysInOneForm(keys, [twistAsWritten]);
    expect(keys.map((key) => renamed.get(key) ?? key)).toEqual([
      entryRevealKey(twist),
      episodeRevealKey(third),
      'episode:S1E3',
      noteRevealKey('note-1'),
      entryRevealKey(twist),
    ]);
  });
});

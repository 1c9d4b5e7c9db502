/**
 * Characters that change how text around them reads without showing themselves: bidirectional
 * controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), which can turn "S1E10" or the
 * app's own sentences backwards, and zero-width or invisible ones (U+00AD, U+180E, U+200B–U+200D,
 * U+2060, U+FEFF), which make a second "Ballard" that looks like the first. Titles and names lose
 * them on import; ids holding them are refused, since an id is a key.
 */
const INVISIBLE =
  '\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF';
const ANY_INVISIBLE = new RegExp(`[${INVISIBLE}]`);
const EVERY_INVISIBLE = new RegExp(`[${INVISIBLE}]`, 'g');

export function hasInvisibleCharacters(text: string): boolean {
  return ANY_INVISIBLE.test(text);
}

export function withoutInvisibleCharacters(text: string): string {
  return text.replace(EVERY_INVISIBLE, '');
}

export const INVISIBLE_IN_ID =
  'holds an invisible or direction-changing character (such as a zero-width space); an id is a key, so it is not changed on import: remove the character and import again';

import { withoutInvisibleCharacters } from './invisible-characters';

const FIRST_STRONG_ISOLATE = '\u2068';
const POP_DIRECTIONAL_ISOLATE = '\u2069';
const ISOLATED_RUN = /\u2068([^\u2069]*)\u2069/;

/**
 * Text from a show or the user, marked for a sentence of the app's own, so that right-to-left
 * letters in it cannot reorder the words around it. IsolatedText renders the mark as <bdi>; text
 * stored before import removed them loses its invisible and direction-changing characters here.
 */
export function isolated(text: string): string {
  return `${FIRST_STRONG_ISOLATE}${withoutInvisibleCharacters(text)}${POP_DIRECTIONAL_ISOLATE}`;
}

/** A sentence split into the app's words (even places) and isolated text (odd places). */
export function isolatedParts(sentence: string): string[] {
  return sentence.split(ISOLATED_RUN);
}

import { entryVisibility, isCastMemberPresent, type ReadyGate } from './gate';
import type { Character, Entry } from './pack';
import { fold } from './search-text';

/**
 * The spoiler shield's matching: which sentences of a pasted text mention what the gate covers.
 * A sentence is masked when it holds, as whole words in any case and accent, a covered entry's
 * keyword or the name of a character not met yet. A term made only of what the user can already
 * see (the show's title, names of characters met so far, keywords of entries open or revealed, not
 * peeked at) never masks.
 */

interface Term {
  /** Folded words, in order; the term matches them as consecutive whole words. */
  readonly words: readonly string[];
  /** Watch-order position of the episode it opens after; Infinity for one the show does not list. */
  readonly position: number;
}

export interface ShieldTerms {
  readonly locale: string;
  readonly codes: readonly string[];
  /** Terms by their first word, so each word of a text is looked up once. */
  readonly byFirstWord: ReadonlyMap<string, readonly Term[]>;
}

export interface CheckedSentence {
  readonly text: string;
  /** Null when it mentions nothing covered. */
  readonly mask: { readonly opensAfter: string | null } | null;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(locale: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  const key = `${granularity} ${locale}`;
  let found = segmenters.get(key);
  if (found === undefined) {
    found = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, found);
  }
  return found;
}

/** "Olivas's" and "Olivas’" are Olivas: an English possessive is not another word. */
const POSSESSIVE = /['’]s?$/u;

/** A text's whole words, folded: "Renée’s arrest" is ["renee", "arrest"]. */
export function foldedWords(text: string, locale: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter(locale, 'word').segment(text)) {
    if (!isWordLike) continue;
    const word = fold(segment).replace(POSSESSIVE, '');
    if (word !== '') words.push(word);
  }
  return words;
}

export function sentencesOf(text: string, locale: string): string[] {
  return [...segmenter(locale, 'sentence').segment(text)]
    .map(({ segment }) => segment.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * A name's own parts that stand alone: capitalised and of three letters or more, so "Olivas"
 * counts but not a particle such as "van" or "de", nor "Jr".
 */
function nameParts(name: string, locale: string): string[][] {
  const parts: string[][] = [];
  for (const { segment, isWordLike } of segmenter(locale, 'word').segment(name)) {
    if (!isWordLike || !/^\p{Lu}/u.test(segment)) continue;
    const [word] = foldedWords(segment, locale);
    if (word !== undefined && [...word].length >= 3) parts.push([word]);
  }
  return parts;
}

export function shieldTerms(
  gate: ReadyGate,
  showTitle: string,
  characters: readonly Character[],
  entries: readonly Entry[],
  locale: string,
): ShieldTerms {
  const seen = new Set<string>();
  const see = (phrase: string) => {
    const words = foldedWords(phrase, locale);
    seen.add(words.join(' '));
    for (const word of words) seen.add(word);
  };
  const candidates: Term[] = [];
  const positionOf = (code: string | null) =>
    (code === null ? undefined : gate.order.positionOf.get(code)) ?? Infinity;

  see(showTitle);
  for (const character of characters) {
    const phrases = [character.name, ...(character.actor === null ? [] : [character.actor])];
    if (isCastMemberPresent(gate, character)) {
      phrases.forEach(see);
      continue;
    }
    const position = positionOf(character.introducedIn);
    for (const words of [
      ...phrases.map((phrase) => foldedWords(phrase, locale)),
      ...nameParts(character.name, locale),
    ]) {
      candidates.push({ words, position });
    }
  }
  for (const entry of entries) {
    // A peek shows an entry where the user asked for it, for seconds: not in someone's article.
    const visibility = entryVisibility(gate, entry);
    if (visibility === 'open' || visibility === 'revealed') {
      entry.keywords.forEach(see);
      continue;
    }
    const position = positionOf(entry.spoils);
    for (const keyword of entry.keywords) {
      candidates.push({ words: foldedWords(keyword, locale), position });
    }
  }

  const byFirstWord = new Map<string, Term[]>();
  for (const term of candidates) {
    const [first] = term.words;
    if (first === undefined || seen.has(term.words.join(' '))) continue;
    const terms = byFirstWord.get(first);
    if (terms) terms.push(term);
    else byFirstWord.set(first, [term]);
  }
  return { locale, codes: gate.order.codes, byFirstWord };
}

/** The earliest position among the terms the words hold; undefined when they hold none. */
function earliestMatch(terms: ShieldTerms, words: readonly string[]): number | undefined {
  let earliest: number | undefined;
  words.forEach((word, start) => {
    for (const term of terms.byFirstWord.get(word) ?? []) {
      const matches = term.words.every((termWord, offset) => words[start + offset] === termWord);
      if (matches && (earliest === undefined || term.position < earliest)) {
        earliest = term.position;
      }
    }
  });
  return earliest;
}

/** The text's sentences, each masked when it mentions something covered, with its opening code. */
export function checkText(terms: ShieldTerms, text: string): CheckedSentence[] {
  return sentencesOf(text, terms.locale).map((sentence) => {
    const position = earliestMatch(terms, foldedWords(sentence, terms.locale));
    if (position === undefined) return { text: sentence, mask: null };
    return { text: sentence, mask: { opensAfter: terms.codes[position] ?? null } };
  });
}

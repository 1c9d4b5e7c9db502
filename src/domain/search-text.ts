/** Text as search sees it: folded for matching, plain for excerpts. */

const MARKS = /\p{M}+/gu;
const NOT_ASCII = /[\u0080-\u{10ffff}]/gu;
const foldedCharacters = new Map<string, string>();

function foldCharacter(character: string): string {
  let folded = foldedCharacters.get(character);
  if (folded === undefined) {
    folded = character.normalize('NFKD').toLowerCase().replace(MARKS, '').replace('ς', 'σ');
    foldedCharacters.set(character, folded);
  }
  return folded;
}

/**
 * Case- and accent-insensitive form of a text: "Renée" and "RENEE" both become "renee". It folds
 * each code point on its own, so an offset in the folded text maps back to the original.
 */
export function fold(text: string): string {
  return text.replace(NOT_ASCII, foldCharacter).toLowerCase();
}

/** The words of a query, folded; none for a query of spaces. */
export function queryWords(query: string): string[] {
  return [
    ...new Set(
      fold(query)
        .split(/\s+/)
        .filter((word) => word !== ''),
    ),
  ];
}

// An escaped sign is set aside in the private use area while the signs around it are dropped.
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const SET_ASIDE = /[\uE000-\uE07F]/g;
const setAside = (_escape: string, sign: string) =>
  String.fromCharCode(0xe000 + sign.charCodeAt(0));
const putBack = (sign: string) => String.fromCharCode(sign.charCodeAt(0) - 0xe000);

// No rule may read past the sign the next match could start at, so each reads the text once:
// a link's text and address stop at any bracket, an autolink's address at any angle bracket.
const AUTOLINK = /<((?:https?|mailto):[^<>\s]*)>/g;
const LINK = /!?\[([^[\]]*)\]\([^()[\]]*\)/g;

/** What a Markdown body reads as on the page: link text without its address, no markup signs. */
export function markdownText(markdown: string): string {
  return markdown
    .replace(ESCAPED, setAside)
    .replace(/^[ \t]{0,3}(?:`{3,}|~{3,}).*$|^[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/gm, '')
    .replace(AUTOLINK, '$1')
    .replace(LINK, '$1')
    .replace(/^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)/gm, '')
    .replace(/\*+|~~|`+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, '')
    .replace(SET_ASIDE, putBack)
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim();
}

/**
 * Where a folded match lies in the original text, as [start, end) offsets into that text. Marks
 * that fold to nothing stay with the letter before them.
 */
function originalSpan(text: string, start: number, end: number): [number, number] {
  let folded = 0;
  let index = 0;
  let from = 0;
  for (const character of text) {
    const length = fold(character).length;
    if (length > 0 && folded >= end) return [from, index];
    if (length > 0 && folded <= start) from = index;
    folded += length;
    index += character.length;
  }
  return [from, text.length];
}

export interface Excerpt {
  /** A short stretch of the visible text, with "…" where it was cut. */
  readonly text: string;
  /** Where the matching word lies in `text`. */
  readonly matchStart: number;
  readonly matchEnd: number;
}

const EXCERPT_LENGTH = 120;
const LEAD = 40;

/** A short stretch of `text` around the first place `word` (folded) occurs; null when it does not. */
export function excerptAround(text: string, word: string): Excerpt | null {
  const at = fold(text).indexOf(word);
  if (at === -1) return null;
  const [start, end] = originalSpan(text, at, at + word.length);
  if (text.length <= EXCERPT_LENGTH) return { text, matchStart: start, matchEnd: end };
  let from = Math.max(0, start - LEAD);
  const space = text.indexOf(' ', from);
  if (from > 0 && space !== -1 && space < start) from = space + 1;
  let to = Math.min(text.length, Math.max(end, from + EXCERPT_LENGTH));
  const lastSpace = text.lastIndexOf(' ', to);
  if (to < text.length && lastSpace > end) to = lastSpace;
  const lead = from > 0 ? '…' : '';
  return {
    text: `${lead}${text.slice(from, to)}${to < text.length ? '…' : ''}`,
    matchStart: lead.length + start - from,
    matchEnd: lead.length + end - from,
  };
}

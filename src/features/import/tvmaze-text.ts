/**
 * TVmaze summaries are HTML ("<p>Renée <b>Ballard</b> &amp; …</p>"). This turns them into plain
 * text without a DOM parser: scripts and styles are dropped with their contents, paragraphs and
 * line breaks become newlines, other tags are removed, and entities are decoded. Markup that was
 * only quoted (`&lt;b&gt;`) is removed too, so no tag is left to show as text.
 */

import { withoutTags } from './without-tags';

// Inside these tags, `[^<>]*` stops at the next `<` too, so no match reads on from every `<`.
const DROPPED_WITH_CONTENT =
  /<(script|style|noscript|template|iframe|object|svg|math)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const PARAGRAPH_BREAK = /<\/?(?:p|div|h[1-6]|ul|ol|li|blockquote|section|article|tr)\b[^<>]*>/gi;
const LINE_BREAK = /<br\b[^<>]*>/gi;
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z][a-z0-9]{1,31}));?/gi;
/** Control characters other than the newline. */
const CONTROL_CHARACTERS = /[^\P{Cc}\n]/gu;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  aacute: 'á',
  agrave: 'à',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  ntilde: 'ñ',
  ccedil: 'ç',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  szlig: 'ß',
};

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, decimal?: string, hex?: string, name?: string) => {
    if (name !== undefined) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
    const valid =
      codePoint > 0 && codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
    return valid ? String.fromCodePoint(codePoint) : '';
  });
}

function tidyWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL_CHARACTERS, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \u00a0\t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function shortened(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength * 0.8 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** Plain text from a TVmaze HTML fragment, at most `maxLength` characters; null when empty. */
export function htmlToPlainText(html: string | null | undefined, maxLength: number): string | null {
  if (!html) return null;
  const structured = html
    .replace(DROPPED_WITH_CONTENT, '')
    .replace(COMMENT, '')
    .replace(LINE_BREAK, '\n')
    .replace(PARAGRAPH_BREAK, '\n\n');
  const text = tidyWhitespace(withoutTags(decodeEntities(withoutTags(structured))));
  return text === '' ? null : shortened(text, maxLength);
}

/** A name or title from TVmaze: one line of plain text, or null when nothing is left. */
export function tvmazeName(text: string | null | undefined, maxLength: number): string | null {
  const plain = htmlToPlainText(text, maxLength);
  return plain === null ? null : plain.replace(/\s+/g, ' ');
}

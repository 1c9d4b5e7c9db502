import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holdsMarkup } from './body-markup';

/**
 * The rules of body-markup.ts written the plainest way, one regular expression per rule, tried at
 * every position: slow on long text, easy to read, so the fast version is checked against it.
 */
function referenceHoldsMarkup(markdown: string): boolean {
  const text = withoutCodeSpans(withoutFences(markdown));
  const html = /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>|<!--|<![a-z[]|<\?/i;
  return html.test(text) || addressStarts(text).some((from) => startsUnsafe(text.slice(from)));
}

function withoutFences(text: string): string {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  let kept = '';
  let fence: string | null = null;
  for (const line of lines) {
    const opening = line.slice(0, 3);
    if (fence === null && (opening === '```' || opening === '~~~')) fence = opening;
    else if (fence !== null && line.startsWith(fence)) {
      fence = null;
      kept += /[\r\n]+$/.exec(line)?.[0] ?? '';
    } else if (fence === null) kept += line;
  }
  return kept;
}

function withoutCodeSpans(text: string): string {
  return text.replace(/(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)/g, '');
}

function addressStarts(text: string): number[] {
  const openings = [/</y, /\]\(\s*<?/y, /(?<=^|[\r\n]) {0,3}\[[^\]]+\]:\s*<?/y];
  const starts: number[] = [];
  for (let at = 0; at < text.length; at++) {
    for (const opening of openings) {
      opening.lastIndex = at;
      if (opening.test(text)) starts.push(opening.lastIndex);
    }
  }
  return starts;
}

function startsUnsafe(address: string): boolean {
  const decoded = address.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(colon|tab|newline));?/gi,
    (_, decimal?: string, hex?: string, name?: string) => {
      if (name !== undefined) return { colon: ':', tab: '\t', newline: '\n' }[name.toLowerCase()]!;
      const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex!, 16);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
    },
  );
  const scheme = decoded.replace(/[\s\p{Cc}]/gu, '').toLowerCase();
  return /^(?:javascript|vbscript|data|file):/.test(scheme);
}

const PIECES = [
  ...'<>[]()`~&#;:/!?-=x \t',
  ...['```', '~~~', ']:', '](', '<!--', '<?', '[r]:', '<a', '</b>', '<a/>', '<x '],
  ...['a', 'img', 'javascript:', 'java', 'script:', 'vbscript:', 'data:', 'file:', 'JaVa'],
  ...['&#106;', '&#x6A;', '&#x09;', '&colon;', '&tab', '&NewLine;', '&#0;', '&#1234567'],
];
const line = fc
  .tuple(
    fc.constantFrom('', ' ', '   ', '    '),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }),
  )
  .map(([indent, pieces]) => indent + pieces.join(''));
/** A few short lines of markup signs, scheme names and character references. */
const markdownLike = fc
  .array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r')), { maxLength: 4 })
  .map((lines) => lines.flat().join(''));

describe('holdsMarkup against the rules written plainly', () => {
  it('agrees on text made of markup signs, scheme names and character references', () => {
    fc.assert(
      fc.property(markdownLike, (text) => {
        expect(holdsMarkup(text)).toBe(referenceHoldsMarkup(text));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees on any text of ASCII and control characters', () => {
    const unit = fc.nat(0xa0).map((code) => String.fromCharCode(code));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect(holdsMarkup(text)).toBe(referenceHoldsMarkup(text));
      }),
      { numRuns: 20_000 },
    );
  });
});

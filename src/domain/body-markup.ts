/**
 * Markup in a Markdown body is made harmless, never refused (pack-format.md): raw HTML shows as
 * text and links to unsafe addresses are dropped. This finds the bodies where that happens, so an
 * import can say why they look as they do.
 *
 * Bodies come from files of up to 64 MB, so each rule reads the text once, left to right: no
 * regular expression that can backtrack over the text, no search started again from each match.
 * What counts as markup:
 * - Code is no markup: a fence (a line starting ``` or ~~~) up to the next line starting the same
 *   way or the end, then a run of backticks up to the next run of exactly as many, are left out.
 * - HTML: `<?`, `<!--`, `<!` before a letter or `[`, or a tag: `<` or `</`, a letter, letters,
 *   digits or dashes, then `>`, `/>`, or a space and a `>` somewhere after it.
 * - An unsafe link: an address that, its character references decoded and its spaces and control
 *   characters dropped, starts javascript:, vbscript:, data: or file:. Addresses start after every
 *   `<`, after `](` and after a definition's `]:` at the start of a line (`[r]: …`). Spaces before
 *   an address are dropped with those in it, and an address in `<…>` starts after its `<`.
 */

const UNSAFE_SCHEMES = ['javascript:', 'vbscript:', 'data:', 'file:'];
const WHITESPACE = /^\s$/;
/** Browsers ignore these inside a URL's scheme, so `java\tscript:` is still javascript:. */
const IGNORED_IN_SCHEME = /^[\s\p{Cc}]?$/u;
const NAMED_REFERENCES: Readonly<Record<string, string>> = { colon: ':', tab: '\t', newline: '\n' };

const isLineEnd = (character: string) => character === '\n' || character === '\r';
const isDigit = (character: string) => character >= '0' && character <= '9';
const isHexDigit = (character: string) => isDigit(character) || /^[a-f]$/i.test(character);
const isLetter = (character: string) => /^[a-z]$/i.test(character);
const isNameCharacter = (character: string) =>
  isLetter(character) || isDigit(character) || character === '-';

function endOfLine(text: string, from: number): number {
  let at = from;
  while (at < text.length && !isLineEnd(text.charAt(at))) at++;
  return at;
}

function startOfNextLine(text: string, lineEnd: number): number {
  return text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd + 1;
}

function withoutFences(text: string): string {
  let kept = '';
  let keptUpTo = 0;
  let line = 0;
  while (line < text.length) {
    const fence = text.slice(line, line + 3);
    if (fence !== '```' && fence !== '~~~') {
      line = startOfNextLine(text, endOfLine(text, line));
      continue;
    }
    let closing = startOfNextLine(text, endOfLine(text, line));
    while (closing < text.length && !text.startsWith(fence, closing)) {
      closing = startOfNextLine(text, endOfLine(text, closing));
    }
    kept += text.slice(keptUpTo, line);
    keptUpTo = Math.min(endOfLine(text, closing), text.length);
    line = startOfNextLine(text, keptUpTo);
  }
  return kept + text.slice(keptUpTo);
}

interface BacktickRun {
  start: number;
  end: number;
  /** The next run of as many backticks, which closes the code span this one opens. */
  closing: BacktickRun | null;
}

function withoutCodeSpans(text: string): string {
  const runs: BacktickRun[] = [];
  for (let at = text.indexOf('`'); at !== -1; at = text.indexOf('`', at)) {
    const start = at;
    while (text.charAt(at) === '`') at++;
    runs.push({ start, end: at, closing: null });
  }
  const laterRunOfLength = new Map<number, BacktickRun>();
  for (const run of runs.toReversed()) {
    run.closing = laterRunOfLength.get(run.end - run.start) ?? null;
    laterRunOfLength.set(run.end - run.start, run);
  }
  let kept = '';
  let keptUpTo = 0;
  for (const run of runs) {
    if (run.start < keptUpTo || run.closing === null) continue;
    kept += text.slice(keptUpTo, run.start);
    keptUpTo = run.closing.end;
  }
  return kept + text.slice(keptUpTo);
}

function startsHtml(text: string, at: number, lastClosingBracket: number): boolean {
  const next = text.charAt(at + 1);
  if (next === '?') return true;
  if (next === '!') {
    const after = text.charAt(at + 2);
    return after === '[' || isLetter(after) || text.startsWith('--', at + 2);
  }
  let name = next === '/' ? at + 2 : at + 1;
  if (!isLetter(text.charAt(name))) return false;
  while (isNameCharacter(text.charAt(name))) name++;
  const after = text.charAt(name);
  if (after === '>' || text.startsWith('/>', name)) return true;
  return WHITESPACE.test(after) && lastClosingBracket > name;
}

function holdsHtml(text: string): boolean {
  const lastClosingBracket = text.lastIndexOf('>');
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
    if (startsHtml(text, at, lastClosingBracket)) return true;
  }
  return false;
}

/** The character at `at`, a character reference decoded, and how many characters it took. */
function decodedAt(text: string, at: number): [character: string, length: number] {
  const character = text.charAt(at);
  if (character !== '&') return [character, 1];
  if (text.charAt(at + 1) === '#') {
    const hex = /^x$/i.test(text.charAt(at + 2));
    const digitsFrom = hex ? at + 3 : at + 2;
    const isDigitHere = hex ? isHexDigit : isDigit;
    let end = digitsFrom;
    while (end < digitsFrom + (hex ? 6 : 7) && isDigitHere(text.charAt(end))) end++;
    if (end > digitsFrom) {
      const codePoint = Number.parseInt(text.slice(digitsFrom, end), hex ? 16 : 10);
      const decoded = codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
      return [decoded, end - at + (text.charAt(end) === ';' ? 1 : 0)];
    }
  }
  for (const [name, decoded] of Object.entries(NAMED_REFERENCES)) {
    const end = at + 1 + name.length;
    if (text.slice(at + 1, end).toLowerCase() === name) {
      return [decoded, end - at + (text.charAt(end) === ';' ? 1 : 0)];
    }
  }
  return [character, 1];
}

/** Reads only as far as the address could still be heading for an unsafe scheme. */
function startsUnsafeScheme(text: string, from: number): boolean {
  let scheme = '';
  for (let at = from; at < text.length;) {
    const [character, length] = decodedAt(text, at);
    at += length;
    if (IGNORED_IN_SCHEME.test(character)) continue;
    scheme += character.toLowerCase();
    if (UNSAFE_SCHEMES.includes(scheme)) return true;
    if (!UNSAFE_SCHEMES.some((unsafe) => unsafe.startsWith(scheme))) return false;
  }
  return false;
}

function linksToUnsafeAddress(text: string): boolean {
  // The first `]` at or after a point only moves forward as the point does, so it is kept.
  let closingBracket = -2;
  const closingBracketFrom = (from: number) => {
    if (closingBracket !== -1 && closingBracket < from) closingBracket = text.indexOf(']', from);
    return closingBracket;
  };
  let definitionChecked = -1;
  for (let at = 0; at < text.length; at++) {
    const character = text.charAt(at);
    if (character === '<' && startsUnsafeScheme(text, at + 1)) return true;
    if (character === ']' && text.charAt(at + 1) === '(') {
      if (startsUnsafeScheme(text, at + 2)) return true;
    }
    if (at === 0 || isLineEnd(text.charAt(at - 1))) {
      let label = at;
      while (label < at + 3 && text.charAt(label) === ' ') label++;
      if (text.charAt(label) !== '[') continue;
      const labelEnd = closingBracketFrom(label + 1);
      if (labelEnd <= label + 1 || text.charAt(labelEnd + 1) !== ':') continue;
      // Lines that open a label the same `]:` closes share one address: it is read once.
      if (labelEnd === definitionChecked) continue;
      definitionChecked = labelEnd;
      if (startsUnsafeScheme(text, labelEnd + 2)) return true;
    }
  }
  return false;
}

/** Whether a Markdown body holds raw HTML or a javascript:, vbscript:, data: or file: link. */
export function holdsMarkup(markdown: string): boolean {
  const text = withoutCodeSpans(withoutFences(markdown));
  return holdsHtml(text) || linksToUnsafeAddress(text);
}

/** The paths of the bodies that hold markup (`entries[3].body`), never anything they say. */
export function bodiesWithMarkup(entries: readonly { body: string }[]): string[] {
  return entries.flatMap((entry, index) =>
    holdsMarkup(entry.body) ? [`entries[${index}].body`] : [],
  );
}

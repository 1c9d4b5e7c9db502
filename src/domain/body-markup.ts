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

/** The unsafe schemes as a tree of character codes, so an address is matched as it is read. */
interface SchemeStep {
  readonly next: Map<number, SchemeStep>;
  ends: boolean;
}
const UNSAFE_SCHEME_START: SchemeStep = { next: new Map(), ends: false };
for (const scheme of UNSAFE_SCHEMES) {
  let step = UNSAFE_SCHEME_START;
  for (let index = 0; index < scheme.length; index++) {
    const code = scheme.charCodeAt(index);
    const next = step.next.get(code) ?? { next: new Map(), ends: false };
    step.next.set(code, next);
    step = next;
  }
  step.ends = true;
}
const WHITESPACE = /^\s$/;
const NAMED_REFERENCES = [
  { name: 'colon', codePoint: 0x3a },
  { name: 'tab', codePoint: 0x09 },
  { name: 'newline', codePoint: 0x0a },
];

// Characters are compared by code, since every sign of a long body may be looked at.
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const isLineEnd = (code: number) => code === LINE_FEED || code === CARRIAGE_RETURN;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const isHexDigit = (code: number) =>
  isDigit(code) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66);
const isNameCharacter = (code: number) => isLetter(code) || isDigit(code) || code === 0x2d;
const isWhitespace = (code: number) =>
  code === 0x20 ||
  (code >= 0x09 && code <= 0x0d) ||
  (code >= 0xa0 && WHITESPACE.test(String.fromCodePoint(code)));
/** Browsers ignore these inside a URL's scheme, so `java\tscript:` is still javascript:. */
const isIgnoredInScheme = (code: number) =>
  code <= 0x20 || (code >= 0x7f && code <= 0x9f) || isWhitespace(code);

/** Whether an address whose first sign this is could still be heading for an unsafe scheme. */
const mayStartUnsafeScheme = (code: number) => {
  const lower = code | 0x20;
  return (
    lower === 0x6a || // j
    lower === 0x76 || // v
    lower === 0x64 || // d
    lower === 0x66 || // f
    code === 0x26 || // & of a character reference
    isIgnoredInScheme(code)
  );
};
const mayStartHtml = (code: number) =>
  isLetter(code) || code === 0x21 || code === 0x3f || code === 0x2f;
/** The same two questions for ASCII, answered once: most signs after a `<` start nothing. */
const MAY_START_HTML = new Uint8Array(128).map((_, code) => (mayStartHtml(code) ? 1 : 0));
const MAY_START_UNSAFE_SCHEME = new Uint8Array(128).map((_, code) =>
  mayStartUnsafeScheme(code) ? 1 : 0,
);
const IGNORED_IN_SCHEME = new Uint8Array(128).map((_, code) => (isIgnoredInScheme(code) ? 1 : 0));
const isIgnoredInSchemeFast = (code: number) =>
  code < 0x80 ? IGNORED_IN_SCHEME[code] === 1 : isIgnoredInScheme(code);
const mayStartHtmlFast = (code: number) => (code < 0x80 ? MAY_START_HTML[code] === 1 : false);
const mayStartUnsafeSchemeFast = (code: number) =>
  code < 0x80 ? MAY_START_UNSAFE_SCHEME[code] === 1 : mayStartUnsafeScheme(code);

const LESS_THAN = 0x3c;
const BACKTICK = 0x60;
const TILDE = 0x7e;
const SPACE = 0x20;
const COLON = 0x3a;
const OPENING_SQUARE_BRACKET = 0x5b;
const CLOSING_SQUARE_BRACKET = 0x5d;
const OPENING_PARENTHESIS = 0x28;
/** The ASCII signs the main reading stops at: `<`, `]` and line ends. */
const SIGNIFICANT = new Uint8Array(128);
for (const code of [LESS_THAN, CLOSING_SQUARE_BRACKET, LINE_FEED, CARRIAGE_RETURN]) {
  SIGNIFICANT[code] = 1;
}

function endOfLine(text: string, from: number): number {
  let at = from;
  while (at < text.length && !isLineEnd(text.charCodeAt(at))) at++;
  return at;
}

function startOfNextLine(text: string, lineEnd: number): number {
  return text.startsWith('\r\n', lineEnd) ? lineEnd + 2 : lineEnd + 1;
}

/** The sign of the fence a line opens or closes (``` or ~~~), or null for none. */
function fenceSignAt(text: string, line: number): number | null {
  const sign = text.charCodeAt(line);
  if (sign !== BACKTICK && sign !== TILDE) return null;
  return text.charCodeAt(line + 1) === sign && text.charCodeAt(line + 2) === sign ? sign : null;
}

function withoutFences(text: string): string {
  let kept = '';
  let keptUpTo = 0;
  let line = 0;
  while (line < text.length) {
    const fence = fenceSignAt(text, line);
    if (fence === null) {
      line = startOfNextLine(text, endOfLine(text, line));
      continue;
    }
    let closing = startOfNextLine(text, endOfLine(text, line));
    while (closing < text.length && fenceSignAt(text, closing) !== fence) {
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
  const next = text.charCodeAt(at + 1);
  if (next === 0x3f) return true;
  if (next === 0x21) {
    const after = text.charCodeAt(at + 2);
    return after === 0x5b || isLetter(after) || text.startsWith('--', at + 2);
  }
  let name = next === 0x2f ? at + 2 : at + 1;
  if (!isLetter(text.charCodeAt(name))) return false;
  while (isNameCharacter(text.charCodeAt(name))) name++;
  const after = text.charCodeAt(name);
  if (after === 0x3e || text.startsWith('/>', name)) return true;
  return isWhitespace(after) && lastClosingBracket > name;
}

/**
 * The character reference at `at` (`&#106;`, `&#x6A`, `&colon;`…): the code point it stands for,
 * or null for one that stands for nothing, and how many characters it takes; null when none is.
 */
function referenceAt(
  text: string,
  at: number,
): { codePoint: number | null; length: number } | null {
  if (text.charAt(at + 1) === '#') {
    const hex = (text.charCodeAt(at + 2) | 0x20) === 0x78;
    const digitsFrom = hex ? at + 3 : at + 2;
    const isDigitHere = hex ? isHexDigit : isDigit;
    let end = digitsFrom;
    while (end < digitsFrom + (hex ? 6 : 7) && isDigitHere(text.charCodeAt(end))) end++;
    if (end > digitsFrom) {
      const codePoint = Number.parseInt(text.slice(digitsFrom, end), hex ? 16 : 10);
      const length = end - at + (text.charAt(end) === ';' ? 1 : 0);
      return { codePoint: codePoint > 0 && codePoint <= 0x10ffff ? codePoint : null, length };
    }
  }
  for (const { name, codePoint } of NAMED_REFERENCES) {
    const end = at + 1 + name.length;
    if (text.slice(at + 1, end).toLowerCase() === name) {
      return { codePoint, length: end - at + (text.charAt(end) === ';' ? 1 : 0) };
    }
  }
  return null;
}

/**
 * Reads only as far as the address could still be heading for an unsafe scheme, comparing codes
 * rather than building text: most addresses are given up at their first character.
 */
function startsUnsafeScheme(text: string, from: number): boolean {
  let step = UNSAFE_SCHEME_START;
  for (let at = from; at < text.length;) {
    const code = text.charCodeAt(at);
    const reference = code === 0x26 ? referenceAt(text, at) : null;
    const codePoint = reference ? reference.codePoint : code;
    at += reference ? reference.length : 1;
    if (codePoint === null || isIgnoredInSchemeFast(codePoint)) continue;
    // The first sign of a scheme rules out most addresses without a lookup.
    if (step === UNSAFE_SCHEME_START && !mayStartUnsafeSchemeFast(codePoint)) return false;
    // Schemes are ASCII, and no other character lowercases to an ASCII letter alone.
    const next = step.next.get(isLetter(codePoint) ? codePoint | 0x20 : codePoint);
    if (next === undefined) return false;
    if (next.ends) return true;
    step = next;
  }
  return false;
}

function holdsHtmlOrUnsafeLink(text: string): boolean {
  const lastClosingBracket = text.lastIndexOf('>');
  // The first `]` at or after a point only moves forward as the point does, so it is kept.
  let closingBracket = -2;
  const closingBracketFrom = (from: number) => {
    if (closingBracket !== -1 && closingBracket < from) closingBracket = text.indexOf(']', from);
    return closingBracket;
  };
  let definitionChecked = -1;
  /** A definition (`[r]: …`) at the line starting here, when its address is unsafe. */
  const definitionIsUnsafe = (lineStart: number) => {
    let label = lineStart;
    while (label < lineStart + 3 && text.charCodeAt(label) === SPACE) label++;
    if (text.charCodeAt(label) !== OPENING_SQUARE_BRACKET) return false;
    const labelEnd = closingBracketFrom(label + 1);
    if (labelEnd <= label + 1 || text.charCodeAt(labelEnd + 1) !== COLON) return false;
    // Lines that open a label the same `]:` closes share one address: it is read once.
    if (labelEnd === definitionChecked) return false;
    definitionChecked = labelEnd;
    return startsUnsafeScheme(text, labelEnd + 2);
  };
  if (definitionIsUnsafe(0)) return true;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0x80 || SIGNIFICANT[code] === 0) continue;
    if (code === LESS_THAN) {
      const next = text.charCodeAt(at + 1);
      if (mayStartHtmlFast(next) && startsHtml(text, at, lastClosingBracket)) return true;
      if (mayStartUnsafeSchemeFast(next) && startsUnsafeScheme(text, at + 1)) return true;
    } else if (code === CLOSING_SQUARE_BRACKET) {
      if (text.charCodeAt(at + 1) !== OPENING_PARENTHESIS) continue;
      if (mayStartUnsafeSchemeFast(text.charCodeAt(at + 2)) && startsUnsafeScheme(text, at + 2)) {
        return true;
      }
    } else if (definitionIsUnsafe(at + 1)) {
      return true;
    }
  }
  return false;
}

/** Whether a Markdown body holds raw HTML or a javascript:, vbscript:, data: or file: link. */
export function holdsMarkup(markdown: string): boolean {
  const text = withoutCodeSpans(withoutFences(markdown));
  return holdsHtmlOrUnsafeLink(text);
}

/** The paths of the bodies that hold markup (`entries[3].body`), never anything they say. */
export function bodiesWithMarkup(entries: readonly { body: string }[]): string[] {
  return entries.flatMap((entry, index) =>
    holdsMarkup(entry.body) ? [`entries[${index}].body`] : [],
  );
}

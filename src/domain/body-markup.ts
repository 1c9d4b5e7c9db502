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
 *
 * A body made of nothing but signs must cost little more than prose, so every sign is looked at by
 * its character code, in loops that build no text and allocate nothing per sign, and the searches
 * they start only move forward.
 */

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const EXCLAMATION_MARK = 0x21;
const AMPERSAND = 0x26;
const OPENING_PARENTHESIS = 0x28;
const DASH = 0x2d;
const SLASH = 0x2f;
const COLON = 0x3a;
const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const QUESTION_MARK = 0x3f;
const OPENING_SQUARE_BRACKET = 0x5b;
const CLOSING_SQUARE_BRACKET = 0x5d;
const BACKTICK = 0x60;
const TILDE = 0x7e;

const WHITESPACE = /^\s$/;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isLetter = (code: number) => (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
const isHexDigit = (code: number) =>
  isDigit(code) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66);
const isNameCharacter = (code: number) => isLetter(code) || isDigit(code) || code === DASH;
const isWhitespace = (code: number) =>
  code === SPACE ||
  (code >= 0x09 && code <= 0x0d) ||
  (code >= 0xa0 && WHITESPACE.test(String.fromCodePoint(code)));
/** Browsers ignore these inside a URL's scheme, so `java\tscript:` is still javascript:. */
const isIgnoredInScheme = (code: number) =>
  code <= 0x20 || (code >= 0x7f && code <= 0x9f) || isWhitespace(code);
const IGNORED_IN_SCHEME = new Uint8Array(128).map((_, code) => (isIgnoredInScheme(code) ? 1 : 0));
const isIgnoredInSchemeFast = (code: number) =>
  code < 0x80 ? IGNORED_IN_SCHEME[code] === 1 : isIgnoredInScheme(code);

/** What a sign may start, as bits: HTML after a `<`, an unsafe scheme where an address starts. */
const OPENS_DECLARATION = 1;
const MAY_OPEN_TAG = 2;
const MAY_START_ADDRESS = 4;
/** The unsafe schemes begin with four different letters, so the first one picks the scheme. */
const schemeStartingWith = (code: number) => {
  switch (code | 0x20) {
    case 0x6a:
      return 'javascript:';
    case 0x76:
      return 'vbscript:';
    case 0x64:
      return 'data:';
    case 0x66:
      return 'file:';
    default:
      return null;
  }
};
const mayStartAddress = (code: number) =>
  schemeStartingWith(code) !== null || code === AMPERSAND || isIgnoredInSchemeFast(code);
const MAY_START = new Uint8Array(128).map(
  (_, code) =>
    (code === EXCLAMATION_MARK || code === QUESTION_MARK ? OPENS_DECLARATION : 0) |
    (isLetter(code) || code === SLASH ? MAY_OPEN_TAG : 0) |
    (mayStartAddress(code) ? MAY_START_ADDRESS : 0),
);
/** What the sign may start (nothing past the end). */
const mayStart = (code: number) => {
  if (code < 0) return 0;
  return code < 0x80 ? (MAY_START[code] ?? 0) : isIgnoredInScheme(code) ? MAY_START_ADDRESS : 0;
};

/**
 * The code of the sign at `at`, or -1 past the end. Reading past the end gives NaN, and once it
 * has, the engine reads every sign at that place in the code the slow way.
 */
const codeAt = (text: string, at: number) => (at < text.length ? text.charCodeAt(at) : -1);

/** The ASCII signs the main reading stops at: `<`, `]` and line ends. */
const SIGNIFICANT = new Uint8Array(0x80);
for (const code of [LESS_THAN, CLOSING_SQUARE_BRACKET, LINE_FEED, CARRIAGE_RETURN]) {
  SIGNIFICANT[code] = 1;
}

const opensFence = (text: string, line: number) => {
  const sign = codeAt(text, line);
  return (
    (sign === BACKTICK || sign === TILDE) &&
    codeAt(text, line + 1) === sign &&
    codeAt(text, line + 2) === sign
  );
};

/** The text with every fence left out, from its opening line to its closing line's end. */
function withoutFences(text: string): string {
  const length = text.length;
  let kept = '';
  let keptUpTo = 0;
  /** The fence's sign while in one, and where its opening line starts. */
  let fence = opensFence(text, 0) ? codeAt(text, 0) : 0;
  let fenceStart = 0;
  let closingLine = false;
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at);
    if (code !== LINE_FEED && code !== CARRIAGE_RETURN) continue;
    if (closingLine) {
      kept += text.slice(keptUpTo, fenceStart);
      keptUpTo = at;
      closingLine = false;
    }
    if (code === CARRIAGE_RETURN && codeAt(text, at + 1) === LINE_FEED) continue;
    if (!opensFence(text, at + 1)) continue;
    const sign = codeAt(text, at + 1);
    if (fence === 0) {
      fence = sign;
      fenceStart = at + 1;
    } else if (sign === fence) {
      fence = 0;
      closingLine = true;
    }
  }
  // A fence left open, or closed by the last line, runs to the end.
  if (closingLine || fence !== 0) return kept + text.slice(keptUpTo, fenceStart);
  return keptUpTo === 0 ? text : kept + text.slice(keptUpTo);
}

interface BacktickRun {
  start: number;
  end: number;
  /** The next run of as many backticks, which closes the code span this one opens. */
  closing: BacktickRun | null;
}

/** The text with every code span left out: a run of backticks up to the next run as long. */
function withoutCodeSpans(text: string): string {
  const runs: BacktickRun[] = [];
  const lastRunOfLength = new Map<number, BacktickRun>();
  for (let at = text.indexOf('`'); at !== -1; at = text.indexOf('`', at)) {
    const run: BacktickRun = { start: at, end: at, closing: null };
    while (codeAt(text, run.end) === BACKTICK) run.end++;
    at = run.end;
    const previous = lastRunOfLength.get(run.end - run.start);
    if (previous) previous.closing = run;
    lastRunOfLength.set(run.end - run.start, run);
    runs.push(run);
  }
  let kept = '';
  let keptUpTo = 0;
  for (const run of runs) {
    if (run.start < keptUpTo || run.closing === null) continue;
    kept += text.slice(keptUpTo, run.start);
    keptUpTo = run.closing.end;
  }
  return keptUpTo === 0 ? text : kept + text.slice(keptUpTo);
}

/** Whether the `<` at `at` opens a declaration, a comment or an instruction: `<!x`, `<![`, `<!--`, `<?`. */
function opensDeclaration(text: string, at: number): boolean {
  if (codeAt(text, at + 1) === QUESTION_MARK) return true;
  const after = codeAt(text, at + 2);
  return (
    after === OPENING_SQUARE_BRACKET ||
    isLetter(after) ||
    (after === DASH && codeAt(text, at + 3) === DASH)
  );
}

/** Whether the `<` at `at` opens a tag; `lastGreaterThan` is where the text's last `>` is. */
function opensTag(text: string, at: number, lastGreaterThan: number): boolean {
  let name = codeAt(text, at + 1) === SLASH ? at + 2 : at + 1;
  if (!isLetter(codeAt(text, name))) return false;
  while (isNameCharacter(codeAt(text, name))) name++;
  const after = codeAt(text, name);
  if (after === GREATER_THAN) return true;
  if (after === SLASH) return codeAt(text, name + 1) === GREATER_THAN;
  return isWhitespace(after) && lastGreaterThan > name;
}

/** `&colon;`, `&tab;` and `&newline;`, the named references that can hide a scheme's signs. */
const NAMED_REFERENCES = [
  { name: 'colon', codePoint: COLON },
  { name: 'tab', codePoint: 0x09 },
  { name: 'newline', codePoint: LINE_FEED },
];

function isNamedAt(text: string, at: number, name: string): boolean {
  for (let index = 0; index < name.length; index++) {
    if ((codeAt(text, at + index) | 0x20) !== name.charCodeAt(index)) return false;
  }
  return true;
}

/** A reference's length fits in four bits; the code point stands above them. */
const LENGTH_BITS = 4;
const LENGTH_MASK = (1 << LENGTH_BITS) - 1;
const withLength = (codePoint: number, length: number) => (codePoint << LENGTH_BITS) | length;

/**
 * The character reference at the `&` at `at` (`&#106;`, `&#x6A`, `&colon;`…), as one number so
 * that no object is made per reference: the code point it stands for (0 when it stands for
 * nothing) shifted above its length. 0 when there is no reference there.
 */
const referenceAt = (text: string, at: number) =>
  codeAt(text, at + 1) === 0x23 ? numericReferenceAt(text, at) : namedReferenceAt(text, at);

function numericReferenceAt(text: string, at: number): number {
  const hex = (codeAt(text, at + 2) | 0x20) === 0x78;
  const digitsFrom = hex ? at + 3 : at + 2;
  const digitsEnd = digitsFrom + (hex ? 6 : 7);
  let codePoint = 0;
  let end = digitsFrom;
  for (; end < digitsEnd; end++) {
    const code = codeAt(text, end);
    if (isDigit(code)) codePoint = codePoint * (hex ? 16 : 10) + code - 0x30;
    else if (hex && isHexDigit(code)) codePoint = codePoint * 16 + (code | 0x20) - 0x57;
    else break;
  }
  if (end === digitsFrom) return 0;
  const length = end - at + (codeAt(text, end) === 0x3b ? 1 : 0);
  return withLength(codePoint <= 0x10ffff ? codePoint : 0, length);
}

function namedReferenceAt(text: string, at: number): number {
  for (const { name, codePoint } of NAMED_REFERENCES) {
    if (!isNamedAt(text, at + 1, name)) continue;
    const end = at + 1 + name.length;
    return withLength(codePoint, end - at + (codeAt(text, end) === 0x3b ? 1 : 0));
  }
  return 0;
}

/**
 * Whether the address starting at `from` is unsafe. Reads only as far as it could still be
 * heading for an unsafe scheme, comparing codes rather than building text: most addresses are
 * given up at their first sign.
 */
function addressIsUnsafe(text: string, from: number): boolean {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80 && IGNORED_IN_SCHEME[code] === 1) continue;
    return (mayStart(code) & MAY_START_ADDRESS) !== 0 && schemeFollows(text, at);
  }
  return false;
}

/** Whether the address from here, its references decoded, starts an unsafe scheme. */
function schemeFollows(text: string, from: number): boolean {
  let scheme: string | null = null;
  let matched = 0;
  for (let at = from; at < text.length;) {
    let code = text.charCodeAt(at);
    const reference = code === AMPERSAND ? referenceAt(text, at) : 0;
    if (reference === 0) {
      at++;
    } else {
      at += reference & LENGTH_MASK;
      code = reference >> LENGTH_BITS;
      if (code === 0) continue;
    }
    if (isIgnoredInSchemeFast(code)) continue;
    if (scheme === null) {
      scheme = schemeStartingWith(code);
      if (scheme === null) return false;
      matched = 1;
      continue;
    }
    // Schemes are lowercase letters and `:`. Only A–Z become another of those by this bit, and
    // no other character lowercases to an ASCII letter alone.
    if ((code | 0x20) !== scheme.charCodeAt(matched)) return false;
    if (++matched === scheme.length) return true;
  }
  return false;
}

/** Where the line from here opens a definition's label (`[` after up to three spaces), or -1. */
function labelOpeningAt(text: string, lineStart: number): number {
  let label = lineStart;
  while (label < lineStart + 3 && codeAt(text, label) === SPACE) label++;
  return codeAt(text, label) === OPENING_SQUARE_BRACKET ? label : -1;
}

/** Reads the text once for HTML and for the addresses after `<` and `](` or in definitions. */
function holdsHtmlOrUnsafeLink(text: string): boolean {
  const length = text.length;
  const lastGreaterThan = text.lastIndexOf('>');
  // A definition (`[r]: …`) is a line opening a label whose first `]` is followed by `:`; the
  // label may run over lines. This is where the earliest label still open starts, or -1.
  let openLabel = labelOpeningAt(text, 0);
  for (let at = 0; at < length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0x80 || SIGNIFICANT[code] === 0) continue;
    if (code === LESS_THAN) {
      const next = mayStart(codeAt(text, at + 1));
      if (next === 0) continue;
      if ((next & OPENS_DECLARATION) !== 0 && opensDeclaration(text, at)) return true;
      // A tag needs a `>` after it: with none left, a tag's name is not worth reading.
      if (
        (next & MAY_OPEN_TAG) !== 0 &&
        lastGreaterThan > at &&
        opensTag(text, at, lastGreaterThan)
      ) {
        return true;
      }
      if ((next & MAY_START_ADDRESS) !== 0 && addressIsUnsafe(text, at + 1)) return true;
    } else if (code === CLOSING_SQUARE_BRACKET) {
      const next = codeAt(text, at + 1);
      if (next === OPENING_PARENTHESIS && addressIsUnsafe(text, at + 2)) return true;
      if (openLabel !== -1) {
        if (next === COLON && at > openLabel + 1 && addressIsUnsafe(text, at + 2)) return true;
        openLabel = -1;
      }
    } else if (openLabel === -1) {
      openLabel = labelOpeningAt(text, at + 1);
    }
  }
  return false;
}

/** Whether a Markdown body holds raw HTML or a javascript:, vbscript:, data: or file: link. */
export function holdsMarkup(markdown: string): boolean {
  return holdsHtmlOrUnsafeLink(withoutCodeSpans(withoutFences(markdown)));
}

/** The paths of the bodies that hold markup (`entries[3].body`), never anything they say. */
export function bodiesWithMarkup(entries: readonly { body: string }[]): string[] {
  return entries.flatMap((entry, index) =>
    holdsMarkup(entry.body) ? [`entries[${index}].body`] : [],
  );
}

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
 * they start only move forward. Each pass reads a sign once: what a step read ahead is handed on
 * to the next step instead of being read again, and the main reading goes on where an address's
 * reading stopped.
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
    // The signs read after a line end are not read again, unless they end a line too.
    const sign = codeAt(text, at + 1);
    if (sign !== BACKTICK && sign !== TILDE) {
      if (sign !== LINE_FEED && sign !== CARRIAGE_RETURN) at++;
      continue;
    }
    if (codeAt(text, at + 2) !== sign || codeAt(text, at + 3) !== sign) {
      at++;
      continue;
    }
    if (fence === 0) {
      fence = sign;
      fenceStart = at + 1;
    } else if (sign === fence) {
      fence = 0;
      closingLine = true;
    }
    at += 3;
  }
  // A fence left open, or closed by the last line, runs to the end.
  if (closingLine || fence !== 0) return kept + text.slice(keptUpTo, fenceStart);
  return keptUpTo === 0 ? text : kept + text.slice(keptUpTo);
}

/**
 * A run of backticks from where it is set to start, measured by the engine, many times faster
 * than a loop over its signs. It cannot backtrack: nothing follows the run.
 */
const BACKTICKS = /`*/y;

/**
 * The text with every code span left out: a run of backticks up to the next run as long, the
 * earliest such span first, then the earliest after it. Read in one pass: the runs that may still
 * open a span wait on a stack, at most one of each length, since the next run as long closes it.
 * A span closed while an earlier run still waits is kept only until that run closes in turn and
 * takes it in, so each waiting run remembers what was kept when it came.
 */
function withoutCodeSpans(text: string): string {
  let kept = '';
  let keptUpTo = 0;
  // The waiting runs, earliest first: where each starts, how long it is, and `kept` and
  // `keptUpTo` when it came; and for each length, the place of the run of that length.
  let waiting = 0;
  const starts: number[] = [];
  const lengths: number[] = [];
  const keptLengths: number[] = [];
  const keptUpTos: number[] = [];
  const waitingOfLength = new Map<number, number>();
  for (let at = text.indexOf('`'); at !== -1; at = text.indexOf('`', at)) {
    const start = at;
    if (codeAt(text, at + 1) === BACKTICK) {
      BACKTICKS.lastIndex = at;
      BACKTICKS.test(text);
      at = BACKTICKS.lastIndex;
    } else at++;
    const opening = waitingOfLength.get(at - start);
    if (opening === undefined) {
      waitingOfLength.set(at - start, waiting);
      starts[waiting] = start;
      lengths[waiting] = at - start;
      keptLengths[waiting] = kept.length;
      keptUpTos[waiting] = keptUpTo;
      waiting++;
      continue;
    }
    // This run closes the span the waiting run opens; the runs after that one are inside it.
    const keptLength = keptLengths[opening] ?? 0;
    kept =
      (kept.length === keptLength ? kept : kept.slice(0, keptLength)) +
      text.slice(keptUpTos[opening] ?? 0, starts[opening] ?? 0);
    keptUpTo = at;
    while (waiting > opening) waitingOfLength.delete(lengths[--waiting] ?? 0);
  }
  return keptUpTo === 0 ? text : kept + text.slice(keptUpTo);
}

/**
 * Whether the `<!` at `at` opens a declaration or a comment (`<!x`, `<![`, `<!--`), `after`
 * being the sign after the `!`.
 */
const opensDeclaration = (text: string, at: number, after: number) =>
  after === OPENING_SQUARE_BRACKET ||
  isLetter(after) ||
  (after === DASH && codeAt(text, at + 3) === DASH);

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
const NAMED_COLON = { name: 'colon', codePoint: COLON };
const NAMED_TAB = { name: 'tab', codePoint: 0x09 };
const NAMED_NEWLINE = { name: 'newline', codePoint: LINE_FEED };
/** The named reference that may start with this letter: no two start alike. */
const namedStartingWith = (code: number) => {
  switch (code | 0x20) {
    case 0x63:
      return NAMED_COLON;
    case 0x74:
      return NAMED_TAB;
    case 0x6e:
      return NAMED_NEWLINE;
    default:
      return null;
  }
};

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
function referenceAt(text: string, at: number): number {
  const next = codeAt(text, at + 1);
  return next === 0x23 ? numericReferenceAt(text, at) : namedReferenceAt(text, at, next);
}

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

/** `first`: the sign after the `&`. */
function namedReferenceAt(text: string, at: number, first: number): number {
  const named = namedStartingWith(first);
  if (named === null || !isNamedAt(text, at + 1, named.name)) return 0;
  const end = at + 1 + named.name.length;
  return withLength(named.codePoint, end - at + (codeAt(text, end) === 0x3b ? 1 : 0));
}

/** What `afterAddress` gives for an address that is unsafe. */
const UNSAFE = -1;

/**
 * Reads the address starting at `from` only as far as it could still be heading for an unsafe
 * scheme, comparing codes rather than building text: most addresses are given up at their first
 * sign after any spaces. UNSAFE when it is one, else where the main reading goes on, past what
 * this read: at the sign that ruled the scheme out (it may be a `<` or a `]`), or at the last line
 * end before it. Before that sign this reads only spaces, controls, references and letters, and of
 * those only a line end matters to the main reading, and only the last one: it may open a label.
 */
function afterAddress(text: string, from: number): number {
  let at = from;
  let lastLineEnd = -1;
  let code = codeAt(text, at);
  while (code >= 0 && code < 0x80 && IGNORED_IN_SCHEME[code] === 1) {
    if (code === LINE_FEED || code === CARRIAGE_RETURN) lastLineEnd = at;
    code = codeAt(text, ++at);
  }
  if ((mayStart(code) & MAY_START_ADDRESS) !== 0) return afterScheme(text, at, lastLineEnd);
  return lastLineEnd === -1 ? at : lastLineEnd;
}

/** `afterAddress` from a sign that may start an unsafe scheme, its references decoded. */
function afterScheme(text: string, from: number, lineEndBefore: number): number {
  const length = text.length;
  let lastLineEnd = lineEndBefore;
  let scheme: string | null = null;
  let matched = 0;
  for (let at = from; at < length;) {
    const start = at;
    let code = text.charCodeAt(at++);
    if (code < 0x80 && IGNORED_IN_SCHEME[code] === 1) {
      if (code === LINE_FEED || code === CARRIAGE_RETURN) lastLineEnd = start;
      continue;
    }
    if (code === AMPERSAND) {
      const reference = referenceAt(text, start);
      if (reference !== 0) {
        at = start + (reference & LENGTH_MASK);
        code = reference >> LENGTH_BITS;
        if (code === 0 || isIgnoredInSchemeFast(code)) continue;
      }
    } else if (code >= 0x80 && isIgnoredInScheme(code)) continue;
    if (scheme === null) {
      scheme = schemeStartingWith(code);
      matched = 1;
    } else if ((code | 0x20) === scheme.charCodeAt(matched)) {
      matched++;
    } else scheme = null;
    if (scheme === null) return lastLineEnd === -1 ? start : lastLineEnd;
    // Schemes are lowercase letters and `:`. Only A–Z become another of those by this bit, and
    // no other character lowercases to an ASCII letter alone.
    if (matched === scheme.length) return UNSAFE;
  }
  return lastLineEnd === -1 ? length : lastLineEnd;
}

/**
 * Reads the text once for HTML and for the addresses after `<` and `](` or in definitions. What
 * the handling of a sign read of the signs after it is handed on in `code`, so that a body made
 * of nothing but signs is read about once over, as prose is.
 */
function holdsHtmlOrUnsafeLink(text: string): boolean {
  const lastGreaterThan = text.lastIndexOf('>');
  // A definition (`[r]: …`) is a line opening a label whose first `]` is followed by `:`; the
  // label may run over lines. This is where the earliest label still open starts, or -1.
  let openLabel = -1;
  // The text starts as after a line end, so its first line may open a label.
  let at = -1;
  let code = LINE_FEED;
  while (code !== -1) {
    if (code >= 0x80 || SIGNIFICANT[code] === 0) {
      code = codeAt(text, ++at);
      continue;
    }
    if (code === LESS_THAN) {
      const next = codeAt(text, at + 1);
      const starts = mayStart(next);
      if ((starts & OPENS_DECLARATION) !== 0) {
        if (next === QUESTION_MARK) return true;
        const after = codeAt(text, at + 2);
        if (opensDeclaration(text, at, after)) return true;
        at += 2;
        code = after;
        continue;
      }
      // A tag needs a `>` after it: with none left, a tag's name is not worth reading.
      if (
        (starts & MAY_OPEN_TAG) !== 0 &&
        lastGreaterThan > at &&
        opensTag(text, at, lastGreaterThan)
      ) {
        return true;
      }
      if ((starts & MAY_START_ADDRESS) === 0) {
        at++;
        code = next;
        continue;
      }
      at = afterAddress(text, at + 1);
      if (at === UNSAFE) return true;
      code = codeAt(text, at);
    } else if (code === CLOSING_SQUARE_BRACKET) {
      const next = codeAt(text, at + 1);
      const opensAddress =
        next === OPENING_PARENTHESIS || (next === COLON && openLabel !== -1 && at > openLabel + 1);
      openLabel = -1;
      if (!opensAddress) {
        at++;
        code = next;
        continue;
      }
      at = afterAddress(text, at + 2);
      if (at === UNSAFE) return true;
      code = codeAt(text, at);
    } else {
      code = codeAt(text, ++at);
      if (openLabel !== -1) continue;
      // The line may open a label: a `[` after up to three spaces.
      const lineStart = at;
      while (code === SPACE && at < lineStart + 3) code = codeAt(text, ++at);
      if (code === OPENING_SQUARE_BRACKET) {
        openLabel = at;
        code = codeAt(text, ++at);
      }
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

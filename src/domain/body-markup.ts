/**
 * Markup in a Markdown body is made harmless, never refused (pack-format.md): raw HTML shows as
 * text and links to unsafe addresses are dropped. This finds the bodies where that happens, so an
 * import can say why they look as they do.
 */

/** An HTML tag, comment, declaration or processing instruction; not an autolink like <https://…>. */
const HTML = /<\/?[a-z][a-z0-9-]*(?:\s[^>]*)?\/?>|<!--|<![a-z[]|<\?/i;
/** Where a link address starts: an inline link, a link reference definition, an autolink. */
const ADDRESS_START = /\]\(\s*<?|^ {0,3}\[[^\]]+\]:\s*<?|</gm;
const UNSAFE_SCHEME = /^(?:javascript|vbscript|data|file):/;
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(colon|tab|newline));?/gi;
const NAMED: Readonly<Record<string, string>> = { colon: ':', tab: '\t', newline: '\n' };
/** Browsers ignore these inside a URL's scheme, so `java\tscript:` is still javascript:. */
const IGNORED_IN_SCHEME = /[\s\p{Cc}]/gu;

const FENCED_CODE = /^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm;
const CODE_SPAN = /(`+)[^`][\s\S]*?\1/g;

/** Markdown shows code as literal text, so markup quoted inside code is no markup. */
function withoutCode(markdown: string): string {
  return markdown.replace(FENCED_CODE, '').replace(CODE_SPAN, '');
}

function decoded(text: string): string {
  return text.replace(
    CHARACTER_REFERENCE,
    (whole, decimal?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
      const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? '', 16);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
    },
  );
}

function linksToUnsafeAddress(text: string): boolean {
  for (const start of text.matchAll(ADDRESS_START)) {
    const from = start.index + start[0].length;
    const address = decoded(text.slice(from, from + 100)).replace(IGNORED_IN_SCHEME, '');
    if (UNSAFE_SCHEME.test(address.toLowerCase())) return true;
  }
  return false;
}

/** Whether a Markdown body holds raw HTML or a javascript:, vbscript:, data: or file: link. */
export function holdsMarkup(markdown: string): boolean {
  const text = withoutCode(markdown);
  return HTML.test(text) || linksToUnsafeAddress(text);
}

/** The paths of the bodies that hold markup (`entries[3].body`), never anything they say. */
export function bodiesWithMarkup(entries: readonly { body: string }[]): string[] {
  return entries.flatMap((entry, index) =>
    holdsMarkup(entry.body) ? [`entries[${index}].body`] : [],
  );
}

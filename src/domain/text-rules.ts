/** Rules for text that arrives from files and forms, shared by the pack validator and the note editor. */

const HTML_TAG = /<\/?[a-z!?][^>]*>/i;
const UNSAFE_MARKDOWN_LINK =
  /(?:\]\(\s*<?|^\s*\[[^\]]*\]:\s*<?)\s*((?:javascript|vbscript|data|file)\s*:)/im;
const URL_SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
/** Schemes a message may name; any other word before a colon could be covered content. */
const NAMEABLE_SCHEMES = new Set([
  'javascript',
  'vbscript',
  'data',
  'file',
  'ftp',
  'blob',
  'about',
]);

/*
 * The problems below name what is wrong, never the text itself: a file being imported can hold
 * covered content, and a message must not show it. A scheme name is not content, so it is named.
 */

/** A problem with plain text (titles, names), or null when it is fine. */
export function plainTextProblem(text: string): string | null {
  return HTML_TAG.test(text) ? 'contains HTML markup; only plain text is allowed' : null;
}

const FENCED_CODE = /^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[^\n]*$|(?![\s\S]))/gm;
const CODE_SPAN = /(`+)[^`][\s\S]*?\1/g;

/** Markdown shows code as literal text, so markup quoted inside code is allowed. */
function withoutCode(markdown: string): string {
  return markdown.replace(FENCED_CODE, '').replace(CODE_SPAN, '');
}

/**
 * A problem with a Markdown body, or null when it is fine. Raw HTML would never be rendered, so it
 * is refused rather than silently shown as text.
 */
export function markdownProblem(markdown: string): string | null {
  const text = withoutCode(markdown);
  if (HTML_TAG.test(text)) return 'contains raw HTML; write Markdown instead';
  const link = UNSAFE_MARKDOWN_LINK.exec(text);
  if (link?.[1]) {
    const scheme = link[1].replace(/[\s:]/g, '').toLowerCase();
    return `links to a ${scheme}: address; links may only use http, https or mailto`;
  }
  return null;
}

/** A news source is a name or a web address; any other scheme is refused. */
export function sourceProblem(text: string): string | null {
  const scheme = URL_SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme && !SAFE_SCHEMES.has(scheme) && !/^\s*[a-z][a-z0-9+.-]*:\s/i.test(text)) {
    const address = NAMEABLE_SCHEMES.has(scheme) ? `a ${scheme}:` : 'another kind of';
    return `uses ${address} address; a source may only be a name or an http(s) address`;
  }
  return plainTextProblem(text);
}

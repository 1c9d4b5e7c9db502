/** Rules for text that arrives from files and forms, shared by the pack validator and the note editor. */

const HTML_TAG = /<\/?[a-z!?][^>]*>/i;
const UNSAFE_MARKDOWN_LINK =
  /(?:\]\(\s*<?|^\s*\[[^\]]*\]:\s*<?)\s*((?:javascript|vbscript|data|file)\s*:)/im;
const URL_SCHEME = /^\s*([a-z][a-z0-9+.-]*):/i;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);

function excerpt(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A problem with plain text (titles, names), or null when it is fine. */
export function plainTextProblem(text: string): string | null {
  const tag = HTML_TAG.exec(text);
  return tag ? `contains HTML markup (${excerpt(tag[0])}); only plain text is allowed` : null;
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
  const tag = HTML_TAG.exec(text);
  if (tag) return `contains raw HTML (${excerpt(tag[0])}); write Markdown instead`;
  const link = UNSAFE_MARKDOWN_LINK.exec(text);
  if (link?.[1])
    return `links to "${link[1].replace(/\s/g, '')}"; links may only use http, https or mailto`;
  return null;
}

/** A news source is a name or a web address; any other scheme is refused. */
export function sourceProblem(text: string): string | null {
  const scheme = URL_SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme && !SAFE_SCHEMES.has(scheme) && !/^\s*[a-z][a-z0-9+.-]*:\s/i.test(text)) {
    return `uses "${scheme}:"; a source may only be a name or an http(s) address`;
  }
  return plainTextProblem(text);
}

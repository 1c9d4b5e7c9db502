import { micromark } from 'micromark';

/**
 * A body or note as HTML, before markdown.tsx tidies it in the page; long ones are rendered in
 * markdown-worker.ts, since micromark takes seconds on some 100 KB bodies. micromark's defaults
 * escape raw HTML, so it shows as text, and empty the address of a link to javascript:, data:,
 * vbscript: or any other unsafe protocol, character references decoded first.
 */
export function markdownHtml(markdown: string): string {
  return micromark(markdown);
}

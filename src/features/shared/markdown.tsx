import { micromark } from 'micromark';
import { useMemo } from 'react';

/**
 * Bodies and notes are Markdown from files and forms, made harmless rather than refused.
 * micromark's defaults escape raw HTML, so it shows as text, and empty the address of a link to
 * javascript:, data:, vbscript: or any other unsafe protocol; such a link is then left as its text.
 * An image becomes its alt text, so nothing remote is fetched, in development too, where there is
 * no CSP. The HTML is tidied in a template, whose content is inert: nothing in it loads or runs.
 */
function harmlessHtml(markdown: string): string {
  const template = document.createElement('template');
  template.innerHTML = micromark(markdown);
  for (const image of template.content.querySelectorAll('img')) image.replaceWith(image.alt);
  for (const link of template.content.querySelectorAll('a')) {
    if (!link.getAttribute('href')) link.replaceWith(...link.childNodes);
  }
  return template.innerHTML;
}

export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => harmlessHtml(source), [source]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

import { useMemo } from 'react';
import { markdownHtml } from './markdown-html';

/**
 * Bodies and notes are Markdown from files and forms, made harmless rather than refused:
 * markdownHtml escapes raw HTML and empties the address of an unsafe link, which is then left as
 * its text. Nothing remote is fetched, in development too, where there
 * is no CSP: an image becomes a link to its address, named by its alt text (or the address), or
 * only that text when the address was unsafe or it already sits in a link. The HTML is tidied in a
 * template, whose content is inert: nothing in it loads or runs.
 */
function harmlessHtml(markdown: string): string {
  const template = document.createElement('template');
  template.innerHTML = markdownHtml(markdown);
  for (const image of template.content.querySelectorAll('img')) image.replaceWith(linkFor(image));
  for (const link of template.content.querySelectorAll('a')) {
    if (!link.getAttribute('href')) link.replaceWith(...link.childNodes);
  }
  return template.innerHTML;
}

function linkFor(image: HTMLImageElement): Node | string {
  const address = image.getAttribute('src') ?? '';
  const text = image.alt || address;
  if (address === '' || image.closest('a')) return text;
  const link = document.createElement('a');
  link.setAttribute('href', address);
  link.textContent = text;
  return link;
}

export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => harmlessHtml(source), [source]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

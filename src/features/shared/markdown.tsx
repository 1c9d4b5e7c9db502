import { useEffect, useMemo, useState } from 'react';
import { markdownHtml } from './markdown-html';
import { canRenderOffThread, renderOffThread } from './markdown-off-thread';

/**
 * The longest body rendered on the main thread. micromark is superlinear on some bodies; at this
 * length the worst known one (`*a` repeated) took about 15 ms in Node on the test machine, and
 * 3,000 signs took 20 ms. Longer bodies are rendered by a worker, with a time limit.
 */
export const SYNC_LIMIT = 2_500;

/**
 * Bodies and notes are Markdown from files and forms, made harmless rather than refused:
 * markdownHtml escapes raw HTML and empties the address of an unsafe link, which is then left as
 * its text. Nothing remote is fetched, in development too, where there
 * is no CSP: an image becomes a link to its address, named by its alt text (or the address), or
 * only that text when the address was unsafe or it already sits in a link. The HTML is tidied in a
 * template, whose content is inert: nothing in it loads or runs.
 */
function harmlessHtml(html: string): string {
  const template = document.createElement('template');
  template.innerHTML = html;
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
  if (source.length > SYNC_LIMIT && canRenderOffThread()) return <LongMarkdown source={source} />;
  return <ShortMarkdown source={source} />;
}

function ShortMarkdown({ source }: { source: string }) {
  const html = useMemo(() => markdownHtml(source), [source]);
  return <RenderedMarkdown html={html} />;
}

function RenderedMarkdown({ html }: { html: string }) {
  const harmless = useMemo(() => harmlessHtml(html), [html]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: harmless }} />;
}

/** What the worker made of a body: its HTML, or null when that took too long. */
interface Rendered {
  source: string;
  html: string | null;
}

/**
 * A long body shows at once as plain text, nothing parsed, while a worker turns it into HTML so
 * the page keeps answering; it stays plain when that takes longer than the time limit.
 */
function LongMarkdown({ source }: { source: string }) {
  const [rendered, setRendered] = useState<Rendered | null>(null);
  useEffect(() => renderOffThread(source, (html) => setRendered({ source, html })), [source]);
  const outcome = rendered?.source === source ? rendered : null;
  if (outcome && outcome.html !== null) return <RenderedMarkdown html={outcome.html} />;
  const tooSlow = outcome !== null;
  return (
    <div className="markdown" aria-busy={!tooSlow}>
      {paragraphs(source).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      {tooSlow ? (
        <p className="hint">Shown as plain text: its formatting took too long to read.</p>
      ) : null}
    </div>
  );
}

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim() !== '');
}

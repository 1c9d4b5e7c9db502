import { micromark } from 'micromark';
import { useMemo } from 'react';

/**
 * Entry bodies are Markdown. micromark's defaults escape raw HTML and drop javascript: and other
 * unsafe link protocols, which is what makes the innerHTML below safe.
 */
export function Markdown({ source }: { source: string }) {
  const html = useMemo(() => micromark(source), [source]);
  return <div className="markdown" dangerouslySetInnerHTML={{ __html: html }} />;
}

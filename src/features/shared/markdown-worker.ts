import { markdownHtml } from './markdown-html';

export interface MarkdownRequest {
  id: number;
  markdown: string;
}

export interface MarkdownAnswer {
  id: number;
  html: string;
}

self.addEventListener('message', (event: MessageEvent<MarkdownRequest>) => {
  const { id, markdown } = event.data;
  const answer: MarkdownAnswer = { id, html: markdownHtml(markdown) };
  self.postMessage(answer);
});

import type { MarkdownAnswer, MarkdownRequest } from './markdown-worker';

/** How long a body may take to turn into HTML before it stays plain text. */
export const RENDER_TIME_LIMIT = 1_500;

interface Request {
  markdown: string;
  /** Null once the body has left the page: its answer, when it comes, is ignored. */
  answered: ((html: string | null) => void) | null;
}

/** Jsdom has no workers: there the page renders every body on the main thread, as it did. */
export function canRenderOffThread(): boolean {
  return typeof Worker !== 'undefined';
}

let worker: Worker | null = null;
let nextId = 0;
/** The request the worker is reading now, with its time limit; the others wait their turn. */
let current: { id: number; request: Request; limit: ReturnType<typeof setTimeout> } | null = null;
const waiting: Request[] = [];

function sharedWorker(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./markdown-worker.ts', import.meta.url), { type: 'module' });
  created.addEventListener('message', (event: MessageEvent<MarkdownAnswer>) => {
    if (!current || event.data.id !== current.id) return;
    finish(event.data.html);
  });
  created.addEventListener('error', giveUp);
  worker = created;
  return created;
}

/** Ends the worker, which may be stuck, and leaves the body it was reading as plain text. */
function giveUp(): void {
  worker?.terminate();
  worker = null;
  finish(null);
}

function finish(html: string | null): void {
  if (!current) return;
  clearTimeout(current.limit);
  current.request.answered?.(html);
  current = null;
  startNext();
}

function startNext(): void {
  const request = waiting.shift();
  if (!request) return;
  const id = nextId++;
  // A body that takes too long would hold the worker for seconds: the next one gets a fresh worker.
  const limit = setTimeout(giveUp, RENDER_TIME_LIMIT);
  current = { id, request, limit };
  const message: MarkdownRequest = { id, markdown: request.markdown };
  sharedWorker().postMessage(message);
}

/**
 * Asks the worker for a body's HTML, one body at a time, each with its own time limit counted
 * from when the worker starts on it. `answered` gets the HTML, or null when the limit passed.
 * The returned function withdraws the request: a waiting one is dropped, a running one's answer
 * is ignored.
 */
export function renderOffThread(
  markdown: string,
  answered: (html: string | null) => void,
): () => void {
  const request: Request = { markdown, answered };
  waiting.push(request);
  if (!current) startNext();
  return () => {
    request.answered = null;
    const index = waiting.indexOf(request);
    if (index >= 0) waiting.splice(index, 1);
  };
}

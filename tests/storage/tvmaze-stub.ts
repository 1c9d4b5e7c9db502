import { readFileSync } from 'node:fs';
import { vi } from 'vitest';

/** A recorded TVmaze answer, from tests/fixtures/tvmaze/ (tests run from the project root). */
export function tvmazeFixture(name: string): unknown {
  return JSON.parse(readFileSync(`tests/fixtures/tvmaze/${name}`, 'utf8'));
}

export type Answer = () => Response;

export const answerJson =
  (body: unknown, status = 200, headers: Record<string, string> = {}): Answer =>
  () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json', ...headers },
    });

/**
 * Replaces fetch with recorded answers: each URL gets its queue of answers, used in order, and
 * the last one repeats. Anything else fails the test, so no request reaches the live API.
 */
export function stubTvmaze(routes: Record<string, Answer[]>) {
  const requested: string[] = [];
  const fetch = vi.fn((input: string | URL | Request) => {
    const url = String(input instanceof Request ? input.url : input);
    requested.push(url);
    const queue = routes[url];
    const answer = queue && (queue.length > 1 ? queue.shift() : queue[0]);
    if (!answer) return Promise.reject(new Error(`No recorded TVmaze answer for ${url}`));
    return Promise.resolve(answer());
  });
  vi.stubGlobal('fetch', fetch);
  return { requested };
}

export const SEARCH_BALLARD = 'https://api.tvmaze.com/search/shows?q=ballard';
export const SHOW_12345 = 'https://api.tvmaze.com/shows/12345?embed[]=episodes&embed[]=cast';

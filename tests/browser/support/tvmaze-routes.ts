import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { REPO_ROOT } from './app-build';

/**
 * TVmaze as the browser sees it, answered from tests/fixtures/tvmaze/. Nothing leaves the machine:
 * every request to another origin than the app's is aborted and reported.
 */

export const TVMAZE_ORIGIN = 'https://api.tvmaze.com';
export const SEARCH_BALLARD = `${TVMAZE_ORIGIN}/search/shows?q=ballard`;
export const SHOW_12345 = `${TVMAZE_ORIGIN}/shows/12345?embed[]=episodes&embed[]=cast`;

/** A recorded TVmaze answer, parsed, from tests/fixtures/tvmaze/. */
export function tvmazeFixture(name: string): unknown {
  return JSON.parse(readFileSync(join(REPO_ROOT, 'tests/fixtures/tvmaze', name), 'utf8'));
}

export type TvmazeAnswer = (route: Route) => Promise<void>;

/** TVmaze answers every origin; without this header the browser would hide the answer. */
const CORS = { 'Access-Control-Allow-Origin': '*' };

export const recorded =
  (fixture: string): TvmazeAnswer =>
  (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json; charset=UTF-8',
      headers: CORS,
      body: readFileSync(join(REPO_ROOT, 'tests/fixtures/tvmaze', fixture), 'utf8'),
    });

/** An error answer with TVmaze's JSON error body. */
export const failing =
  (status: number, headers: Record<string, string> = {}): TvmazeAnswer =>
  (route) =>
    route.fulfill({
      status,
      contentType: 'application/json; charset=UTF-8',
      headers: { ...CORS, ...headers },
      body: JSON.stringify({ name: 'Error', message: `HTTP ${status}`, code: 0, status }),
    });

/** What the browser reports when the connection drops: fetch rejects with a TypeError. */
export const disconnected: TvmazeAnswer = (route) => route.abort('internetdisconnected');

export interface TvmazeTraffic {
  /** Every TVmaze URL the page asked for, in order. */
  requested: string[];
  /** Requests that had no recorded answer, or went to any other origin: each one a failure. */
  unanswered: string[];
}

/**
 * Answers TVmaze from `routes`: each URL has a queue of answers used in order, the last one
 * repeating, as tests/storage/tvmaze-stub.ts does for jsdom.
 */
export async function routeTvmaze(
  context: BrowserContext,
  appUrl: string,
  routes: Record<string, TvmazeAnswer[]>,
): Promise<TvmazeTraffic> {
  const traffic: TvmazeTraffic = { requested: [], unanswered: [] };
  const appOrigin = new URL(appUrl).origin;
  const queues = new Map(Object.entries(routes).map(([url, answers]) => [url, [...answers]]));
  await context.route(
    (url) => url.origin !== appOrigin,
    async (route) => {
      const url = route.request().url();
      const queue = url.startsWith(`${TVMAZE_ORIGIN}/`) ? queues.get(url) : undefined;
      if (url.startsWith(`${TVMAZE_ORIGIN}/`)) traffic.requested.push(url);
      const answer = queue && (queue.length > 1 ? queue.shift() : queue[0]);
      if (!answer) {
        traffic.unanswered.push(url);
        await route.abort('blockedbyclient');
        return;
      }
      await answer(route);
    },
  );
  return traffic;
}

/**
 * Talks to TVmaze's public API. Every failure becomes a TvmazeError whose message a user can act
 * on. Rate limiting (HTTP 429) is retried a bounded number of times, waiting as long as the
 * Retry-After header asks (capped), or backing off exponentially when it says nothing.
 */

export const TVMAZE_API = 'https://api.tvmaze.com';

export type FetchFunction = (url: string, init?: RequestInit) => Promise<Response>;

export interface TvmazeClientOptions {
  /** Defaults to the browser's fetch; tests pass recorded responses. */
  fetch?: FetchFunction;
  /** Defaults to a timer; tests pass one that returns at once and records the wait. */
  sleep?: (milliseconds: number) => Promise<void>;
  /** Defaults to navigator.onLine. */
  isOnline?: () => boolean;
  signal?: AbortSignal;
}

export type TvmazeFailure = 'offline' | 'server' | 'rate-limited' | 'not-found' | 'unreadable';

export class TvmazeError extends Error {
  readonly failure: TvmazeFailure;
  constructor(failure: TvmazeFailure, message: string) {
    super(message);
    this.name = 'TvmazeError';
    this.failure = failure;
  }
}

export const MAX_RATE_LIMIT_RETRIES = 3;
const FIRST_BACKOFF_MS = 1_000;
const LONGEST_WAIT_MS = 20_000;

const OFFLINE_MESSAGE =
  'You seem to be offline, so TVmaze cannot be reached. Check your connection and try again; your shows and notes are all still here.';

const defaultSleep = (milliseconds: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, milliseconds));

const browserOnline = () => typeof navigator === 'undefined' || navigator.onLine !== false;

/** How long Retry-After asks to wait, in milliseconds, or null when it does not say. */
export function retryAfterMilliseconds(header: string | null, now = Date.now()): number | null {
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1_000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

async function fetchJson(url: string, options: TvmazeClientOptions): Promise<unknown> {
  const fetchFunction = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? defaultSleep;
  const isOnline = options.isOnline ?? browserOnline;
  for (let attempt = 0; ; attempt++) {
    if (!isOnline()) throw new TvmazeError('offline', OFFLINE_MESSAGE);
    let response: Response;
    try {
      response = await fetchFunction(url, {
        headers: { Accept: 'application/json' },
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new TvmazeError('offline', OFFLINE_MESSAGE);
    }
    if (response.status === 429) {
      if (attempt >= MAX_RATE_LIMIT_RETRIES) {
        throw new TvmazeError(
          'rate-limited',
          `TVmaze is getting too many requests right now and asked this app to slow down. It was tried ${attempt + 1} times; wait a minute, then try again.`,
        );
      }
      const asked = retryAfterMilliseconds(response.headers.get('Retry-After'));
      await sleep(Math.min(asked ?? FIRST_BACKOFF_MS * 2 ** attempt, LONGEST_WAIT_MS));
      continue;
    }
    if (response.status === 404) {
      throw new TvmazeError('not-found', 'TVmaze has no such show (it may have been removed).');
    }
    if (response.status >= 500) {
      throw new TvmazeError(
        'server',
        `TVmaze is having trouble right now (it answered with error ${response.status}). Nothing was changed here; try again in a few minutes.`,
      );
    }
    if (!response.ok) {
      throw new TvmazeError(
        'unreadable',
        `TVmaze refused the request (error ${response.status}). Nothing was changed here.`,
      );
    }
    try {
      return (await response.json()) as unknown;
    } catch {
      throw new TvmazeError(
        'unreadable',
        'TVmaze sent an answer that is not valid JSON. Nothing was changed here; try again later.',
      );
    }
  }
}

export function searchTvmaze(query: string, options: TvmazeClientOptions = {}): Promise<unknown> {
  return fetchJson(`${TVMAZE_API}/search/shows?q=${encodeURIComponent(query)}`, options);
}

/** The show with its episodes and main cast, in one request. */
export function fetchTvmazeShow(tvmazeId: number, options: TvmazeClientOptions = {}) {
  return fetchJson(`${TVMAZE_API}/shows/${tvmazeId}?embed[]=episodes&embed[]=cast`, options);
}

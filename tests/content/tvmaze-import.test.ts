import { describe, expect, it, vi } from 'vitest';
import {
  MAX_RATE_LIMIT_RETRIES,
  TvmazeError,
  fetchTvmazeShow,
  retryAfterMilliseconds,
  searchTvmaze,
  type FetchFunction,
} from '../../src/features/import/tvmaze-client';
import {
  packFromTvmaze,
  searchResultsFromTvmaze,
  tvmazeIdOf,
  tvmazePackShowId,
} from '../../src/features/import/tvmaze-pack';
import { answerJson, tvmazeFixture } from '../storage/tvmaze-stub';

describe('packFromTvmaze', () => {
  const result = packFromTvmaze(tvmazeFixture('show-12345.json'));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const { pack } = result;

  it('makes a show with a stable slug id and plain-text summary', () => {
    expect(pack.show).toEqual({
      id: 'tvmaze-12345-ballard',
      title: 'Ballard',
      network: 'Prime Video',
      premiered: '2025-07-09',
      summary:
        "Ballard follows Detective Renée Ballard as she runs the LAPD's underfunded cold case unit & reopens murders nobody else will touch.",
    });
  });

  it('lists episodes in airing order, with the special as season 0', () => {
    expect(pack.episodes.map((episode) => episode.code)).toEqual([
      ...Array.from({ length: 10 }, (_, index) => `S1E${index + 1}`),
      'S0E1',
    ]);
    expect(pack.episodes.at(-1)).toEqual({
      code: 'S0E1',
      title: 'Inside Ballard',
      airDate: '2025-07-20',
      runtime: 23,
      synopsis: 'Behind the scenes of season one.',
    });
  });

  it('turns HTML synopses into safe text and keeps missing ones null', () => {
    const synopsis = (code: string) => pack.episodes.find((e) => e.code === code)?.synopsis;
    expect(synopsis('S1E2')).toBe(
      'A decades-old killing points to someone inside the department.\n\nBosch offers advice.',
    );
    expect(synopsis('S1E4')).toBe('Ballard & Samira follow a name from an old file.');
    expect(synopsis('S1E6')).toBe('A link in the archive leads to a locked box.');
    expect(synopsis('S1E7')).toBe('An arrest goes wrong.');
    expect(synopsis('S1E8')).toBeNull();
    expect(synopsis('S1E9')).toBeNull();
    expect(pack.episodes.find((e) => e.code === 'S1E8')?.title).toBeNull();
    expect(pack.episodes.find((e) => e.code === 'S1E8')?.runtime).toBeNull();
  });

  it('makes the main cast characters known from the premise, since TVmaze does not say when', () => {
    expect(pack.characters).toEqual([
      { id: 'renee-ballard', name: 'Renée Ballard', actor: 'Maggie Q', introducedIn: null },
      { id: 'samira-parker', name: 'Samira Parker', actor: 'Courtney Taylor', introducedIn: null },
      { id: 'harry-bosch', name: 'Harry Bosch', actor: 'Titus Welliver', introducedIn: null },
      {
        id: 'thomas-laffont',
        name: 'Thomas Laffont',
        actor: 'John Carroll Lynch',
        introducedIn: null,
      },
    ]);
    expect(pack.entries).toEqual([]);
  });

  it('gives characters with the same name distinct ids, and names without letters an id', () => {
    const show = tvmazeFixture('show-12345.json') as { _embedded: { cast: unknown[] } };
    show._embedded.cast = [
      { person: { name: 'A' }, character: { id: 1, name: 'Twin' } },
      { person: { name: 'B' }, character: { id: 2, name: 'Twin' } },
      { person: { name: 'C' }, character: { id: 3, name: '東京' } },
    ];
    const twins = packFromTvmaze(show);
    expect(twins.ok && twins.pack.characters.map((c) => c.id)).toEqual([
      'twin',
      'twin-2',
      'character-3',
    ]);
  });
});

describe('show ids', () => {
  it.each([
    [12345, 'Ballard', 'tvmaze-12345-ballard'],
    [7, 'Grey’s Anatomy: Ça va!', 'tvmaze-7-grey-s-anatomy-ca-va'],
    [8, '東京', 'tvmaze-8'],
    [9, 'x'.repeat(100), `tvmaze-9-${'x'.repeat(55)}`],
  ])('tvmaze %i "%s" → %s', (id, name, slug) => {
    expect(tvmazePackShowId(id, name)).toBe(slug);
    expect(tvmazeIdOf(slug)).toBe(id);
  });
  it('finds no TVmaze id in other shows', () => {
    expect(tvmazeIdOf('ballard')).toBeNull();
    expect(tvmazeIdOf('tvmaze-fan-pack')).toBeNull();
  });
});

describe('searchResultsFromTvmaze', () => {
  it('reads results, with network or web channel, and plain-text summaries', () => {
    const read = searchResultsFromTvmaze(tvmazeFixture('search-ballard.json'));
    expect(read).toEqual({
      skipped: [],
      results: [
        expect.objectContaining({ tvmazeId: 12345, name: 'Ballard', network: 'Prime Video' }),
        {
          tvmazeId: 67890,
          name: 'Ballard Street',
          premiered: '2011-03-02',
          network: 'KCTS',
          summary: 'A street in Seattle, one shop at a time.\n\nSecond paragraph.',
        },
        {
          tvmazeId: 24680,
          name: 'The Ballard Files',
          premiered: null,
          network: null,
          summary: null,
        },
      ],
    });
  });
});

function recorded(...responses: (() => Response)[]) {
  const calls: string[] = [];
  const fetch: FetchFunction = (url) => {
    calls.push(url);
    const next = responses.shift();
    if (!next) throw new Error(`no recorded response for ${url}`);
    return Promise.resolve(next());
  };
  return { fetch, calls };
}

describe('the TVmaze client', () => {
  const online = () => true;

  it('asks for the show with episodes and cast embedded', async () => {
    const { fetch, calls } = recorded(answerJson(tvmazeFixture('show-12345.json')));
    await fetchTvmazeShow(12345, { fetch, isOnline: online });
    expect(calls).toEqual(['https://api.tvmaze.com/shows/12345?embed[]=episodes&embed[]=cast']);
  });

  it('encodes the search query', async () => {
    const { fetch, calls } = recorded(answerJson([]));
    await searchTvmaze('law & order', { fetch, isOnline: online });
    expect(calls).toEqual(['https://api.tvmaze.com/search/shows?q=law%20%26%20order']);
  });

  it('waits as long as Retry-After asks on 429, then succeeds', async () => {
    const sleep = vi.fn(() => Promise.resolve());
    const { fetch, calls } = recorded(
      answerJson({}, 429, { 'Retry-After': '2' }),
      answerJson({}, 429),
      answerJson([{ show: { id: 1, name: 'Found' } }]),
    );
    const answer = await searchTvmaze('x', { fetch, sleep, isOnline: online });
    expect(answer).toEqual([{ show: { id: 1, name: 'Found' } }]);
    expect(sleep.mock.calls).toEqual([[2_000], [2_000]]);
    expect(calls).toHaveLength(3);
  });

  it('gives up after a bounded number of retries with a clear message', async () => {
    const sleep = vi.fn(() => Promise.resolve());
    const { fetch, calls } = recorded(
      ...Array.from({ length: MAX_RATE_LIMIT_RETRIES + 1 }, () => answerJson({}, 429)),
    );
    const failure = searchTvmaze('x', { fetch, sleep, isOnline: online });
    await expect(failure).rejects.toThrow(/too many requests.*tried 4 times; wait a minute/);
    await expect(failure).rejects.toMatchObject({ failure: 'rate-limited' });
    expect(calls).toHaveLength(MAX_RATE_LIMIT_RETRIES + 1);
    expect(sleep.mock.calls).toEqual([[1_000], [2_000], [4_000]]);
  });

  it('caps a very long Retry-After', async () => {
    const sleep = vi.fn(() => Promise.resolve());
    const { fetch } = recorded(answerJson({}, 429, { 'Retry-After': '3600' }), answerJson([]));
    await searchTvmaze('x', { fetch, sleep, isOnline: online });
    expect(sleep.mock.calls).toEqual([[20_000]]);
  });

  it.each([
    ['120', 120_000],
    ['0', 0],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
    ['soon', null],
    [null, null],
  ])('reads Retry-After %j as %j ms', (header, milliseconds) => {
    expect(retryAfterMilliseconds(header, Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(
      milliseconds,
    );
  });

  it.each([
    [
      'a server error',
      answerJson({}, 503),
      'server',
      /TVmaze is having trouble right now \(it answered with error 503\)/,
    ],
    ['a missing show', answerJson({}, 404), 'not-found', /TVmaze has no such show/],
    ['a refusal', answerJson({}, 400), 'unreadable', /TVmaze refused the request \(error 400\)/],
    [
      'an answer that is not JSON',
      () => new Response('<html>oops</html>', { status: 200 }),
      'unreadable',
      /not valid JSON/,
    ],
  ])('reports %s', async (_what, response, failure, message) => {
    const { fetch } = recorded(response);
    const attempt = fetchTvmazeShow(1, { fetch, isOnline: online });
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toMatchObject({ failure });
  });

  it('reports being offline when fetch fails, and does not call fetch when the browser says so', async () => {
    const failing: FetchFunction = () => Promise.reject(new TypeError('Failed to fetch'));
    await expect(searchTvmaze('x', { fetch: failing, isOnline: online })).rejects.toMatchObject({
      failure: 'offline',
      message: expect.stringMatching(/You seem to be offline/),
    });
    const { fetch, calls } = recorded();
    await expect(searchTvmaze('x', { fetch, isOnline: () => false })).rejects.toBeInstanceOf(
      TvmazeError,
    );
    expect(calls).toEqual([]);
  });
});

import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { FIRST_PROFILE, openDatabase } from '../../storage/database';
import { saveNote } from '../../storage/notes-repository';
import { episodesMarked } from '../../stores/progress-marks';
import { itemRevealed } from '../../stores/reveal-actions';
import { startTestApp, stopTestApp } from '../../../tests/ui/app-harness';
import { dumpDatabase } from '../../../tests/storage/database-dump';
import {
  SEARCH_BALLARD,
  SHOW_12345,
  answerJson,
  stubTvmaze,
  tvmazeFixture,
} from '../../../tests/storage/tvmaze-stub';
import { sentence } from '../../../tests/ui/sentence';

afterEach(() => {
  stopTestApp();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const SHOW_ID = 'tvmaze-12345-ballard';
const region = (name: string) => screen.getByRole('region', { name });

async function searchFor(user: Awaited<ReturnType<typeof startTestApp>>['user'], query: string) {
  await user.type(screen.getByRole('searchbox', { name: 'Search TVmaze' }), query);
  await user.click(screen.getByRole('button', { name: 'Search' }));
}

async function addBallardFromTvmaze() {
  const app = await startTestApp('/add');
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  await searchFor(app.user, 'ballard');
  await app.user.click(await screen.findByRole('button', { name: 'Add Ballard' }));
  await within(region('From TVmaze')).findByText(sentence('Added Ballard, with 11 episodes.'));
  return app;
}

it('finds shows on TVmaze and adds one with its episodes, cast and safe summaries', async () => {
  const { requested } = stubTvmaze({
    [SEARCH_BALLARD]: [answerJson(tvmazeFixture('search-ballard.json'))],
    [SHOW_12345]: [answerJson(tvmazeFixture('show-12345.json'))],
  });
  const { databaseName, user } = await addBallardFromTvmaze();

  const results = within(region('From TVmaze'));
  expect(results.getByText('3 shows found for “ballard”.')).toBeVisible();
  expect(results.getByRole('heading', { level: 3, name: 'Ballard Street' })).toBeVisible();
  expect(results.getByText(/A street in Seattle, one shop at a time\./)).toBeVisible();
  expect(document.body.innerHTML).not.toContain('alert(');
  expect(results.getByRole('link', { name: 'Open Ballard' })).toHaveAttribute(
    'href',
    `/shows/${SHOW_ID}`,
  );
  expect(requested).toEqual([SEARCH_BALLARD, SHOW_12345]);

  const database = await openDatabase(databaseName);
  const stored = await database.get('shows', SHOW_ID);
  database.close();
  expect(stored?.episodes.map((episode) => episode.code).at(-1)).toBe('S0E1');
  expect(stored?.episodes.find((episode) => episode.code === 'S1E4')?.synopsis).toBe(
    'Ballard & Samira follow a name from an old file.',
  );
  expect(stored?.characters.map((character) => character.introducedIn)).toEqual([
    null,
    null,
    null,
    null,
  ]);

  await user.click(screen.getByRole('link', { name: 'Open Ballard' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Ballard' })).toBeVisible();
  expect(screen.queryByText(/A link in the archive/)).not.toBeInTheDocument();
});

it('asks before replacing a show, and keeps progress, reveals and notes on refresh', async () => {
  stubTvmaze({
    [SEARCH_BALLARD]: [answerJson(tvmazeFixture('search-ballard.json'))],
    [SHOW_12345]: [
      answerJson(tvmazeFixture('show-12345.json')),
      answerJson(tvmazeFixture('show-12345.json')),
      answerJson(tvmazeFixture('show-12345-season-2.json')),
    ],
  });
  const { user, databaseName } = await addBallardFromTvmaze();
  await act(async () => {
    await episodesMarked(SHOW_ID, ['S1E1', 'S1E2'], true);
    await itemRevealed(SHOW_ID, 'episode:S1E5');
  });
  const writer = await openDatabase(databaseName);
  await saveNote(writer, FIRST_PROFILE.id, {
    id: 'note-kept',
    showId: SHOW_ID,
    updatedAt: 1,
    kind: 'note',
    spoils: 'S1E2',
    title: 'Mine',
    body: 'Keep me.',
    characters: [],
    keywords: [],
    date: null,
    source: null,
  });
  writer.close();

  const addButton = screen.getByRole('button', { name: 'Add Ballard' });
  await user.click(addButton);
  const dialog = await screen.findByRole('alertdialog', { name: 'Replace “Ballard”?' });
  expect(dialog).toHaveAccessibleDescription(/Your progress, reveals and notes on it are kept\./);
  // TVmaze has no recaps, so the dialog says what replacing would remove, and what to use instead.
  expect(dialog).toHaveAccessibleDescription(/its recaps removed.*use Refresh instead/);
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  expect(
    within(region('From TVmaze')).getByText(sentence('Ballard was left as it was.')),
  ).toBeVisible();
  expect(addButton).toHaveFocus();

  await user.click(
    within(region('Shows from TVmaze')).getByRole('button', { name: 'Refresh Ballard' }),
  );
  expect(
    await within(region('Shows from TVmaze')).findByText(
      sentence('Refreshed Ballard: 2 new episodes, 13 in all.'),
    ),
  ).toBeVisible();
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

  const database = await openDatabase(databaseName);
  expect((await database.get('shows', SHOW_ID))?.episodes).toHaveLength(13);
  expect(await database.getAllKeys('progress')).toEqual([
    [FIRST_PROFILE.id, SHOW_ID, 'S1E1'],
    [FIRST_PROFILE.id, SHOW_ID, 'S1E2'],
  ]);
  expect(await database.getAllKeys('reveals')).toEqual([
    [FIRST_PROFILE.id, SHOW_ID, 'episode:S1E5'],
  ]);
  expect(await database.getAllKeys('notes')).toEqual(['note-kept']);
  database.close();
});

it.each([
  [
    'offline',
    () => Promise.reject(new TypeError('Failed to fetch')),
    /You seem to be offline, so TVmaze cannot be reached/,
  ],
  ['a server error', () => Promise.resolve(answerJson({}, 502)()), /answered with error 502/],
  [
    'rate limiting that does not end',
    () => Promise.resolve(answerJson({}, 429, { 'Retry-After': '0' })()),
    /TVmaze is getting too many requests right now.*tried 4 times; wait a minute/,
  ],
])('says clearly when TVmaze cannot answer: %s', async (_case, fetchAnswer, message) => {
  const fetch = vi.fn(fetchAnswer);
  vi.stubGlobal('fetch', fetch);
  const { user } = await startTestApp('/add');
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  await searchFor(user, 'ballard');
  expect(await within(region('From TVmaze')).findByRole('alert')).toHaveTextContent(message);
  expect(fetch).toHaveBeenCalledTimes(_case.startsWith('rate') ? 4 : 1);
});

it('does not even try when the browser says it is offline', async () => {
  const fetch = vi.fn();
  vi.stubGlobal('fetch', fetch);
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  const { user } = await startTestApp('/add');
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  expect(within(region('From TVmaze')).getByText(/needs a connection/)).toBeVisible();
  await user.type(screen.getByRole('searchbox', { name: 'Search TVmaze' }), 'ballard{Enter}');
  expect(fetch).not.toHaveBeenCalled();
});

it('refuses a TVmaze show it cannot read, naming the field, and changes nothing', async () => {
  const broken = tvmazeFixture('show-12345.json') as { _embedded: { episodes: unknown[] } };
  broken._embedded.episodes[2] = { name: 'No season', season: null, number: 3 };
  stubTvmaze({
    [SEARCH_BALLARD]: [answerJson(tvmazeFixture('search-ballard.json'))],
    [SHOW_12345]: [answerJson(broken)],
  });
  const { user, databaseName } = await startTestApp('/add');
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  const before = await dumpDatabase(databaseName);
  await searchFor(user, 'ballard');
  await user.click(await screen.findByRole('button', { name: 'Add Ballard' }));
  expect(await within(region('From TVmaze')).findByRole('alert')).toHaveTextContent(
    'TVmaze sent a show this app cannot read: _embedded.episodes[2].season: expected a number, got null',
  );
  expect(await dumpDatabase(databaseName)).toEqual(before);
});

it('sets the show apart in <bdi> when TVmaze refuses it by name', async () => {
  const empty = tvmazeFixture('show-12345.json') as { _embedded: { episodes: unknown[] } };
  empty._embedded.episodes = [];
  const unnumbered = tvmazeFixture('show-12345.json') as {
    _embedded: { episodes: { number: number }[] };
  };
  unnumbered._embedded.episodes[0]!.number = 123456;
  stubTvmaze({
    [SEARCH_BALLARD]: [answerJson(tvmazeFixture('search-ballard.json'))],
    [SHOW_12345]: [answerJson(empty), answerJson(unnumbered)],
  });
  const { user } = await startTestApp('/add');
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  await searchFor(user, 'ballard');
  const results = region('From TVmaze');

  await user.click(await screen.findByRole('button', { name: 'Add Ballard' }));
  const none = await within(results).findByText(
    sentence('TVmaze lists no episodes of “Ballard” yet, so there is nothing to track.'),
  );
  expect(none.querySelector('bdi')).toHaveTextContent(/^Ballard$/);

  await user.click(screen.getByRole('button', { name: 'Add Ballard' }));
  const broken = await within(results).findByText(sentence(/^TVmaze's data for “Ballard” breaks/));
  expect(broken.querySelector('bdi')).toHaveTextContent(/^Ballard$/);
});

function packFile(content: unknown, name = 'pack.json') {
  return new File([typeof content === 'string' ? content : JSON.stringify(content)], name, {
    type: 'application/json',
  });
}

const TINY_PACK = {
  format: 'previously-pack',
  version: 1,
  show: { id: 'tiny', title: 'Tiny' },
  episodes: [{ code: 'S1E1' }, { code: 'S1E2' }],
  entries: [{ id: 'r1', kind: 'recap', spoils: 'S1E2', title: 'Recap', body: 'Text.' }],
};

it('imports a recap pack chosen with the file input or dropped on the box', async () => {
  const { user } = await startTestApp('/add');
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  await user.upload(screen.getByLabelText('Import recap pack'), packFile(TINY_PACK));
  const fileRegion = within(region('From a recap pack file'));
  expect(await fileRegion.findByText(sentence('Added Tiny, with 2 episodes.'))).toBeVisible();

  fireEvent.drop(region('From a recap pack file'), {
    dataTransfer: { files: [packFile({ ...TINY_PACK, show: { id: 'tiny', title: 'Tiny 2' } })] },
  });
  const dialog = await screen.findByRole('alertdialog', { name: 'Replace “Tiny 2”?' });
  await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
  expect(await fileRegion.findByText(sentence('Replaced Tiny 2, with 2 episodes.'))).toBeVisible();
  expect(fileRegion.getByText('Your progress, reveals and notes on it are kept.')).toBeVisible();
});

it('removes direction-changing characters from titles, says where, and sets the title apart', async () => {
  const { user } = await startTestApp('/add');
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  // Displayed as it is written, this title would read "Tiny S1E10" and turn the sentence around.
  const title = 'Tiny \u202E01E1S';
  await user.upload(
    screen.getByLabelText('Import recap pack'),
    packFile({
      ...TINY_PACK,
      show: { id: 'tiny', title },
      episodes: [{ code: 'S1E1', title }, { code: 'S1E2' }],
    }),
  );
  const status = within(region('From a recap pack file')).getByRole('status');
  const added = await within(status).findByText(sentence('Added Tiny 01E1S, with 2 episodes.'));
  expect(added.querySelector('bdi')).toHaveTextContent('Tiny 01E1S');
  expect(status).toHaveTextContent(
    'Invisible or direction-changing characters were removed from 2 titles and names, so they cannot pass for other text: show.title, episodes[0].title.',
  );
  expect(within(status).getByRole('link', { name: 'Open Tiny 01E1S' })).toBeVisible();
  expect(document.body.textContent).not.toContain('\u202E');
});

it('imports a pack whose bodies hold markup, and names those bodies by path only', async () => {
  const { user } = await startTestApp('/add');
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  await user.upload(
    screen.getByLabelText('Import recap pack'),
    packFile({
      ...TINY_PACK,
      show: { id: 'tiny', title: 'Tiny <b>' },
      entries: [
        { id: 'clean', kind: 'recap', spoils: null, title: 'Clean', body: 'Text.' },
        {
          id: '<i>id</i>',
          kind: 'news',
          spoils: null,
          title: 'Html',
          body: '<script>x()</script>',
        },
        { id: 'link', kind: 'recap', spoils: null, title: 'Link', body: '[a](javascript:x())' },
      ],
    }),
  );
  const status = within(region('From a recap pack file')).getByRole('status');
  expect(
    await within(status).findByText(sentence('Added Tiny <b>, with 2 episodes.')),
  ).toBeVisible();
  expect(status).toHaveTextContent(
    '2 bodies hold HTML or unsafe links, which show as text or are left out, and never run: entries[1].body, entries[2].body.',
  );
  expect(status).not.toHaveTextContent(/<i>|Html|Link/);
});

it('lists every problem of a bad pack with its field path, and changes nothing', async () => {
  const { user, databaseName } = await startTestApp('/add');
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  const before = await dumpDatabase(databaseName);
  await user.upload(
    screen.getByLabelText('Import recap pack'),
    packFile(
      {
        ...TINY_PACK,
        show: { id: 'Tiny!', title: '' },
        entries: [{ id: 'r1', kind: 'recap', spoils: 'S2E1', title: 'Recap', body: 'x' }],
      },
      'bad.json',
    ),
  );
  const alert = await within(region('From a recap pack file')).findByRole('alert');
  expect(alert).toHaveTextContent('bad.json was not imported, and nothing was changed:');
  const problems = within(alert)
    .getAllByRole('listitem')
    .map((item) => item.textContent);
  expect(problems).toEqual([
    'show.id: is not a valid id (lowercase letters, digits and dashes, at most 64)',
    'show.title: must not be empty',
  ]);
  expect(await dumpDatabase(databaseName)).toEqual(before);
});

it('refuses a file over 64 MB without reading it', async () => {
  const { databaseName } = await startTestApp('/add');
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  const before = await dumpDatabase(databaseName);
  const huge = packFile(TINY_PACK, 'huge.json');
  Object.defineProperty(huge, 'size', { value: 65 * 1024 * 1024 });
  const read = vi.spyOn(huge, 'text');
  fireEvent.drop(region('From a recap pack file'), { dataTransfer: { files: [huge] } });
  expect(await within(region('From a recap pack file')).findByRole('alert')).toHaveTextContent(
    'The file is 65.0 MB; recap packs may be at most 64 MB.',
  );
  expect(read).not.toHaveBeenCalled();
  expect(await dumpDatabase(databaseName)).toEqual(before);
});

it('keeps when characters are introduced across a refresh, since TVmaze does not say', async () => {
  stubTvmaze({
    [SEARCH_BALLARD]: [answerJson(tvmazeFixture('search-ballard.json'))],
    [SHOW_12345]: [
      answerJson(tvmazeFixture('show-12345.json')),
      answerJson(tvmazeFixture('show-12345-season-2.json')),
    ],
  });
  const { user, databaseName } = await addBallardFromTvmaze();
  const writer = await openDatabase(databaseName);
  const stored = (await writer.get('shows', SHOW_ID))!;
  const [latecomer, ...others] = stored.characters;
  await writer.put(
    'shows',
    { ...stored, characters: [{ ...latecomer!, introducedIn: 'S1E3' }, ...others] },
    SHOW_ID,
  );
  writer.close();

  await user.click(
    within(region('Shows from TVmaze')).getByRole('button', { name: 'Refresh Ballard' }),
  );
  await within(region('Shows from TVmaze')).findByText(sentence(/^Refreshed Ballard/));
  const database = await openDatabase(databaseName);
  const refreshed = (await database.get('shows', SHOW_ID))!;
  database.close();
  expect(refreshed.episodes).toHaveLength(13);
  expect(refreshed.characters.find((c) => c.id === latecomer!.id)?.introducedIn).toBe('S1E3');
});

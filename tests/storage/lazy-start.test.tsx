import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { Entry, Pack } from '../../src/domain/pack';
import { DATABASE_VERSION, openDatabase } from '../../src/storage/database';
import { saveShow } from '../../src/storage/repository';
import { showImported } from '../../src/stores/show-import';
import { packStored, splitPack } from '../../src/stores/library-store';
import { upcomingTitlesChosen } from '../../src/stores/settings-store';
import {
  freshDatabaseName,
  rebuildFromStorage,
  startTestApp,
  stopTestApp,
} from '../ui/app-harness';
import { TITLED_PACK } from '../ui/test-packs';
import { createEarlierDatabase } from './earlier-database';

afterEach(stopTestApp);

function recap(id: string, spoils: string | null): Entry {
  const at = spoils ?? 'the start';
  return {
    ...{ id, kind: 'recap', spoils, title: `Recap at ${at}`, body: 'What happened.' },
    ...{ characters: [], keywords: [], date: null, source: null },
  };
}

/**
 * Tiny Show with a fourth episode and three recaps: the earliest in watch order is listed after a
 * later one, and one tied to no episode starts no chapter.
 */
const EXTENDED: Pack = {
  ...TITLED_PACK,
  show: { ...TITLED_PACK.show, title: 'Tiny Show, Extended' },
  episodes: [
    ...TITLED_PACK.episodes,
    { code: 'S1E4', title: 'Epilogue', airDate: null, runtime: null, synopsis: 'After it all.' },
  ],
  entries: [recap('late', 'S1E3'), recap('whole-show', null), recap('early', 'S1E2')],
};

/** What a summary holds of these episodes: their codes in watch order, and their heads apart. */
function summaryEpisodes(titles: readonly string[]) {
  return {
    codes: titles.map((_title, index) => `S1E${index + 1}`).join('\n'),
    headsKey: expect.stringMatching(/^[0-9a-z]+$/),
    // One chunk, marked as the summary's own.
    heads: [
      {
        headsKey: 'the summary’s',
        titles,
        fingerprints: titles.map(() => expect.stringMatching(/^[0-9a-z]+$/)),
      },
    ],
  };
}

const EXTENDED_SUMMARY_EPISODES = summaryEpisodes(['Pilot', 'The Middle', 'The End', 'Epilogue']);

/** A show's stored summary, with the chunks of its episodes' heads stored with it. */
async function storedSummary(databaseName: string, showId: string): Promise<unknown> {
  const database = await openDatabase(databaseName);
  const summary = await database.get('showSummaries', showId);
  const heads = await database.getAll('episodeHeads', IDBKeyRange.bound([showId], [showId, []]));
  database.close();
  return {
    ...summary,
    heads: heads.map((chunk) => ({
      ...chunk,
      headsKey: chunk.headsKey === summary?.headsKey ? 'the summary’s' : chunk.headsKey,
    })),
  };
}

it('lists a show from its summary at start-up, and reads its record only when its page opens', async () => {
  const name = freshDatabaseName();
  const database = await openDatabase(name);
  const { stored, entries } = splitPack(TITLED_PACK);
  await saveShow(database, stored, entries);
  // Damaged after its summary was written: only a read of the record itself can find out.
  await database.put('shows', { show: { id: 'tiny' }, episodes: 'lost' } as never, 'tiny');
  database.close();

  const { router } = await startTestApp('/', name);

  const tile = (await screen.findByRole('link', { name: 'Tiny Show' })).closest('li');
  if (!tile) throw new Error('no tile');
  expect(await within(tile).findByRole('link', { name: 'Next: S1E1 · Pilot' })).toBeVisible();
  expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
  const untouched = await openDatabase(name);
  expect(await untouched.getAllKeys('quarantine')).toEqual([]);
  untouched.close();

  await act(() => router.navigate('/shows/tiny'));

  expect(
    await screen.findByRole('heading', { level: 1, name: 'This show could not be read' }),
  ).toBeVisible();
  const read = await openDatabase(name);
  expect(await read.getAllKeys('quarantine')).toEqual(['shows/tiny']);
  read.close();
});

it('keeps a show’s summary up to date as the show is added and replaced', async () => {
  const { databaseName } = await startTestApp('/');
  await screen.findByRole('link', { name: 'Ballard' });

  expect(await act(() => showImported(TITLED_PACK))).toMatchObject({ ok: true });
  expect(await storedSummary(databaseName, 'tiny')).toEqual({
    show: TITLED_PACK.show,
    ...summaryEpisodes(['Pilot', 'The Middle', 'The End']),
    firstRecap: null,
    orderKey: expect.any(String),
  });

  expect(await act(() => showImported(EXTENDED))).toMatchObject({ ok: true, replaced: true });
  expect(await storedSummary(databaseName, 'tiny')).toEqual({
    show: { ...TITLED_PACK.show, title: 'Tiny Show, Extended' },
    ...EXTENDED_SUMMARY_EPISODES,
    firstRecap: 'S1E2',
    orderKey: expect.any(String),
  });
  expect(await screen.findByRole('link', { name: 'Tiny Show, Extended' })).toBeVisible();
  expect(screen.queryByRole('link', { name: 'Tiny Show' })).not.toBeInTheDocument();
});

it('builds a summary of each show a version 5 database held', async () => {
  const name = freshDatabaseName();
  await createEarlierDatabase(name, 5, EXTENDED, () => undefined);

  const database = await openDatabase(name);
  expect(database.version).toBe(DATABASE_VERSION);
  database.close();

  expect(await storedSummary(name, 'tiny')).toEqual({
    show: EXTENDED.show,
    ...EXTENDED_SUMMARY_EPISODES,
    firstRecap: 'S1E2',
    orderKey: expect.any(String),
  });
});

it('keeps the titles of a version 7 summary apart, in chunks, once upgraded', async () => {
  const name = freshDatabaseName();
  await createEarlierDatabase(name, 7, EXTENDED, (transaction) => {
    // As version 7 stored it: every title in the summary, and a title the show no longer has.
    const earlierSummary = {
      show: EXTENDED.show,
      codes: 'S1E1\nS1E2\nS1E3\nS1E4',
      titles: '["An old title","The Middle","The End","Epilogue"]',
      revealFingerprints: 'a b c d',
      firstRecap: 'S1E2',
      orderKey: 'stale',
    };
    transaction.objectStore('showSummaries').put(earlierSummary, 'tiny');
  });

  await startTestApp('/', name);

  expect(await screen.findByRole('link', { name: 'Next: S1E1 · Pilot' })).toBeVisible();
  expect(document.body.textContent).not.toContain('An old title');
  expect(await storedSummary(name, 'tiny')).toEqual({
    show: EXTENDED.show,
    ...EXTENDED_SUMMARY_EPISODES,
    firstRecap: 'S1E2',
    orderKey: expect.not.stringMatching(/^stale$/),
  });
});

it('shows on a library tile the title of its next episode revealed early, also after a reload', async () => {
  const { router, user, databaseName } = await startTestApp('/');
  await act(() => packStored(TITLED_PACK));
  await act(() => upcomingTitlesChosen('none'));
  await act(() => router.navigate('/shows/tiny'));
  await user.click(await screen.findByRole('checkbox', { name: 'Watched S1E1' }));
  // S1E2 has a synopsis, which the reveal holds to and the library's summary does not keep.
  const row = (await screen.findByRole('link', { name: 'S1E2 Episode 2' })).closest('li');
  if (!row) throw new Error('no row');
  await user.click(within(row).getByRole('button', { name: 'Reveal' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal' }));
  await within(row).findByRole('link', { name: 'S1E2 The Middle' });

  await act(() => router.navigate('/'));
  expect(await screen.findByRole('link', { name: 'Next: S1E2 · The Middle' })).toBeVisible();
  await rebuildFromStorage(databaseName, '/');
  expect(await screen.findByRole('link', { name: 'Next: S1E2 · The Middle' })).toBeVisible();
});

it('builds again a summary stored in the earlier form, one object per episode', async () => {
  const name = freshDatabaseName();
  const database = await openDatabase(name);
  const { stored, entries } = splitPack(EXTENDED);
  await saveShow(database, stored, entries);
  const earlierForm = {
    show: EXTENDED.show,
    episodes: EXTENDED.episodes.map(({ code, title }) => ({ code, title, revealKey: code })),
    firstRecap: 'S1E2',
    orderKey: 'stale',
  };
  await database.put('showSummaries', earlierForm as never, 'tiny');
  database.close();

  await startTestApp('/', name);

  expect(await screen.findByRole('link', { name: 'Next: S1E1 · Pilot' })).toBeVisible();
  expect(await storedSummary(name, 'tiny')).toEqual({
    show: EXTENDED.show,
    ...EXTENDED_SUMMARY_EPISODES,
    firstRecap: 'S1E2',
    orderKey: expect.not.stringMatching(/^stale$/),
  });
});

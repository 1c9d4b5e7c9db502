import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { parsePackText } from '../../src/domain/parse-pack';
import { openDatabase } from '../../src/storage/database';
import { saveShow } from '../../src/storage/repository';
import { splitPack } from '../../src/stores/library-store';
import { episodesMarked } from '../../src/stores/progress-marks';
import { showImported } from '../../src/stores/show-import';
import { freshDatabaseName, readBallardPack, startTestApp, stopTestApp } from '../ui/app-harness';
import { dumpDatabase } from './database-dump';

afterEach(stopTestApp);

const GARBAGE_SHOW = { show: { id: 'broken', title: 42 }, episodes: 'none' };
const GARBAGE_ENTRIES = { entries: 'were here' };
const GARBAGE_NOTE = {
  id: 'note-garbage',
  profileId: 'first',
  showId: 'ballard',
  kind: 'diary',
  body: 7,
};

/** Ballard's record and recaps as the app stores them. */
async function ballardAsStored() {
  const parsed = parsePackText(await readBallardPack());
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return splitPack(parsed.pack);
}

async function storeWithGarbage(name: string) {
  const { stored, entries } = await ballardAsStored();
  const database = await openDatabase(name);
  await saveShow(database, stored, entries);
  await database.put('shows', GARBAGE_SHOW as never, 'broken');
  await database.put('entries', GARBAGE_ENTRIES as never, 'ballard');
  await database.put('notes', GARBAGE_NOTE as never);
  database.close();
}

it('backs up unreadable records, reports them, and never overwrites them', async () => {
  const name = freshDatabaseName();
  await storeWithGarbage(name);

  const { router } = await startTestApp('/shows/ballard/episodes/S1E1', name);
  const messages = within(await screen.findByRole('region', { name: 'Messages' }));
  expect(
    await messages.findByText(/The saved copy of the show "broken" could not be read\./),
  ).toBeVisible();
  expect(
    await messages.findByText(/The saved recaps of "ballard" could not be read\./),
  ).toBeVisible();
  expect(
    await messages.findByText(/One of your saved notes could not be read\. It was kept aside/),
  ).toBeVisible();

  await act(() => episodesMarked('ballard', ['S1E1'], true));
  await act(() => router.navigate('/shows/broken'));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'This show could not be read' }),
  ).toBeVisible();

  const dump = await dumpDatabase(name);
  const record = (store: string, key: IDBValidKey) =>
    dump[store]?.find((item) => JSON.stringify(item.key) === JSON.stringify(key))?.value;
  expect(record('shows', 'broken')).toEqual(GARBAGE_SHOW);
  expect(record('entries', 'ballard')).toEqual(GARBAGE_ENTRIES);
  expect(record('notes', 'note-garbage')).toEqual(GARBAGE_NOTE);
  expect(record('quarantine', 'shows/broken')).toMatchObject({
    store: 'shows',
    key: 'broken',
    value: GARBAGE_SHOW,
  });
  expect(record('quarantine', 'entries/ballard')).toMatchObject({ value: GARBAGE_ENTRIES });
  expect(record('quarantine', 'notes/note-garbage')).toMatchObject({ value: GARBAGE_NOTE });
  expect(record('progress', ['first', 'ballard', 'S1E1'])).toBeDefined();
});

it('replaces an unreadable show when its pack is imported again, keeping the copy set aside', async () => {
  const name = freshDatabaseName();
  await storeWithGarbage(name);
  const { router } = await startTestApp('/shows/broken', name);
  await screen.findByRole('heading', { level: 1, name: 'This show could not be read' });

  const outcome = await act(() =>
    showImported({
      show: { id: 'broken', title: 'Mended', network: null, premiered: null, summary: null },
      episodes: [{ code: 'S1E1', title: null, airDate: null, runtime: null, synopsis: null }],
      characters: [],
      entries: [],
    }),
  );
  expect(outcome).toMatchObject({ ok: true, replaced: true });
  await act(() => router.navigate('/shows/broken'));
  expect(await screen.findByRole('heading', { level: 1, name: 'Mended' })).toBeVisible();
  const dump = await dumpDatabase(name);
  expect(dump.quarantine?.find((item) => item.key === 'shows/broken')?.value).toMatchObject({
    value: GARBAGE_SHOW,
  });
});

it('sets aside a show one of whose stored episodes has a field of the wrong kind', async () => {
  const name = freshDatabaseName();
  const { stored } = await ballardAsStored();
  const damaged = {
    ...stored,
    episodes: stored.episodes.map((episode, at) => (at === 4 ? { ...episode, title: 7 } : episode)),
  };
  const database = await openDatabase(name);
  await database.put('shows', damaged as never, 'ballard');
  database.close();

  await startTestApp('/shows/ballard', name);

  expect(
    await screen.findByRole('heading', { level: 1, name: 'This show could not be read' }),
  ).toBeVisible();
  expect((await dumpDatabase(name)).quarantine?.map((item) => item.key)).toEqual(['shows/ballard']);
});

it('opens a show whose stored episodes leave out fields the rules let be empty', async () => {
  const name = freshDatabaseName();
  const { stored } = await ballardAsStored();
  const withoutRuntimes = {
    ...stored,
    episodes: stored.episodes.map(({ runtime: _left, ...episode }) => episode),
  };
  const database = await openDatabase(name);
  await database.put('shows', withoutRuntimes as never, 'ballard');
  database.close();

  await startTestApp('/shows/ballard', name);

  expect(await screen.findByRole('heading', { level: 1, name: 'Ballard' })).toBeVisible();
  expect(screen.getByRole('checkbox', { name: /S1E10/ })).toBeVisible();
  expect((await dumpDatabase(name)).quarantine ?? []).toEqual([]);
});

it('opens recaps stored without the lists the rules let be left out', async () => {
  const name = freshDatabaseName();
  const { stored, entries } = await ballardAsStored();
  const database = await openDatabase(name);
  await saveShow(database, stored, entries);
  const withoutKeywords = entries.map(({ keywords: _left, ...entry }) => entry);
  await database.put('entries', withoutKeywords as never, 'ballard');
  database.close();

  await startTestApp('/shows/ballard', name);

  // Listed once the recaps are read; a show whose recaps could not be read says that instead.
  const news = await screen.findByRole('region', { name: 'News' });
  expect(await within(news).findAllByRole('listitem')).not.toHaveLength(0);
  expect((await dumpDatabase(name)).quarantine ?? []).toEqual([]);
});

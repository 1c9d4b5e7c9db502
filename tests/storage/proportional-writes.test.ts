import { unwrap } from 'idb';
import { afterEach, expect, it, vi } from 'vitest';
import { FIRST_PROFILE, openDatabase } from '../../src/storage/database';
import { notesNeeded, noteSaved } from '../../src/stores/notes-store';
import { progressNeeded } from '../../src/stores/progress-store';
import { episodesMarked } from '../../src/stores/progress-marks';
import { resetStores } from '../../src/stores/reset-stores';
import { startApp, stopApp } from '../../src/stores/start-app';
import { freshDatabaseName, readBallardPack } from '../ui/app-harness';

afterEach(() => {
  stopApp();
  resetStores();
  vi.restoreAllMocks();
});

/**
 * What marking Ballard's S1E4 writes, with S1E1–S1E3 of Ballard watched and `storedPerShow` marks
 * stored in each of five other shows.
 */
async function writesOfOneMark(storedPerShow: number) {
  const name = freshDatabaseName();
  const database = await openDatabase(name);
  const transaction = database.transaction('progress', 'readwrite');
  // All in one transaction, as plain requests: fake-indexeddb spends a task on every request, and
  // a promise for each of 10,000 would only add to it.
  const progress = unwrap(transaction.store);
  const marked = (showId: string, code: string) =>
    progress.put({ watchedAt: 1 }, [FIRST_PROFILE.id, showId, code]);
  for (let show = 0; show < 5; show++) {
    for (let episode = 1; episode <= storedPerShow; episode++) {
      marked(`show-${show}`, `S${show + 1}E${episode}`);
    }
  }
  ['S1E1', 'S1E2', 'S1E3'].forEach((code) => marked('ballard', code));
  await transaction.done;
  expect(await database.count('progress')).toBe(5 * storedPerShow + 3);
  database.close();
  await startApp({ databaseName: name, readDefaultPack: readBallardPack });
  // As on Ballard's pages, whose marks are read as they open.
  await progressNeeded(FIRST_PROFILE.id, 'ballard');

  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  await episodesMarked('ballard', ['S1E4'], true);
  const writes = put.mock.calls.map(([value, key]) => ({ key, value: JSON.stringify(value) }));
  put.mockRestore();
  stopApp();
  resetStores();
  return writes;
}

// 10,000 stored marks prove no growth as well as 100,000 do, at a tenth of the seeding.
it('writes the same two small records for one mark, with no marks or 10,000 marks stored', async () => {
  const withNoneStored = await writesOfOneMark(0);
  const withManyStored = await writesOfOneMark(2_000);

  // The mark, and the show's counts for the library tile (progress-summary.ts).
  const keys = [
    ['first', 'ballard', 'S1E4'],
    ['first', 'ballard'],
  ];
  expect(withNoneStored.map(({ key }) => key)).toEqual(keys);
  expect(withNoneStored.every(({ value }) => value.length < 128)).toBe(true);
  expect(withManyStored.map(({ key }) => key)).toEqual(keys);
  expect(withManyStored.map(({ value }) => value.length)).toEqual(
    withNoneStored.map(({ value }) => value.length),
  );
});

it('writes one record when a note is saved, however many notes there are', async () => {
  const name = freshDatabaseName();
  await startApp({ databaseName: name, readDefaultPack: readBallardPack });
  const note = (index: number) => ({
    id: `note-${index}`,
    showId: 'ballard',
    updatedAt: index,
    kind: 'note' as const,
    spoils: 'S1E1',
    title: `Note ${index}`,
    body: 'Some text.',
    characters: [],
    keywords: [],
    date: null,
    source: null,
  });
  const database = await openDatabase(name);
  const transaction = database.transaction('notes', 'readwrite');
  await Promise.all([
    ...Array.from({ length: 1_000 }, (_, index) =>
      transaction.store.put({ ...note(index), profileId: FIRST_PROFILE.id }),
    ),
    transaction.done,
  ]);
  database.close();
  await notesNeeded('ballard');

  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  await noteSaved({ ...note(1_000), title: 'One more' });

  expect(put).toHaveBeenCalledTimes(1);
  expect(put.mock.calls[0]![0]).toMatchObject({ id: 'note-1000', title: 'One more' });
});

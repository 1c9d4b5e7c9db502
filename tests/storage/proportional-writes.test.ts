import { afterEach, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/storage/database';
import { saveWatched } from '../../src/storage/repository';
import { notesNeeded, noteSaved } from '../../src/stores/notes-store';
import { episodesMarked, useProgressStore } from '../../src/stores/progress-store';
import { resetStores } from '../../src/stores/reset-stores';
import { startApp, stopApp } from '../../src/stores/start-app';
import { freshDatabaseName, readBallardPack } from '../ui/app-harness';

afterEach(() => {
  stopApp();
  resetStores();
  vi.restoreAllMocks();
});

const SHOWS = 5;
const PER_SHOW = 20_000;

it('writes one small record for one mark, with 100,000 watched episodes stored', async () => {
  const name = freshDatabaseName();
  const database = await openDatabase(name);
  for (let show = 0; show < SHOWS; show++) {
    const codes = Array.from({ length: PER_SHOW }, (_, index) => `S${show + 1}E${index + 1}`);
    await saveWatched(database, `show-${show}`, codes, true);
  }
  expect(await database.count('progress')).toBe(SHOWS * PER_SHOW);
  database.close();
  await startApp({ databaseName: name, readDefaultPack: readBallardPack });
  expect(useProgressStore.getState().watched['show-0']?.size).toBe(PER_SHOW);

  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  await episodesMarked('ballard', ['S1E4'], true);

  expect(put).toHaveBeenCalledTimes(1);
  const [value, key] = put.mock.calls[0]!;
  expect(key).toEqual(['ballard', 'S1E4']);
  const bytes = new TextEncoder().encode(JSON.stringify([value, key])).length;
  expect(bytes).toBeLessThan(64);
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
    ...Array.from({ length: 1_000 }, (_, index) => transaction.store.put(note(index))),
    transaction.done,
  ]);
  database.close();
  await notesNeeded('ballard');

  const put = vi.spyOn(IDBObjectStore.prototype, 'put');
  await noteSaved({ ...note(1_000), title: 'One more' });

  expect(put).toHaveBeenCalledTimes(1);
  expect(put.mock.calls[0]![0]).toMatchObject({ id: 'note-1000', title: 'One more' });
});

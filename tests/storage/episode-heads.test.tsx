import { act, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { episodeOrder } from '../../src/domain/episode-order';
import { openDatabase } from '../../src/storage/database';
import { saveWatched } from '../../src/storage/progress-writes';
import { saveShow } from '../../src/storage/repository';
import { headsNeeded } from '../../src/stores/heads-needed';
import { splitPack, useLibraryStore } from '../../src/stores/library-store';
import { onOtherTab } from '../../src/stores/start-app';
import { freshDatabaseName, startTestApp, stopTestApp } from '../ui/app-harness';
import { longPack } from '../ui/test-packs';

// Watched, to tell a chunk start-up read from one read once a tile waited for it.
vi.mock('../../src/stores/heads-needed', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/stores/heads-needed')>();
  return { ...original, headsNeeded: vi.fn(original.headsNeeded) };
});

afterEach(() => {
  stopTestApp();
  vi.mocked(headsNeeded).mockClear();
});

/**
 * 600 episodes (500 a season), titled "Title 1" to "Title 600": their titles are stored in chunks
 * of 256, and a library tile reads only the chunks of the episodes it names.
 */
const LONG = longPack(600);
const codesUpTo = (count: number) => LONG.episodes.slice(0, count).map((episode) => episode.code);

/** Another tab (or this one before a reload) marks these first episodes watched. */
async function watchedElsewhere(name: string, count: number) {
  const database = await openDatabase(name);
  await saveWatched(
    database,
    ['first'],
    'long',
    codesUpTo(count),
    true,
    episodeOrder(LONG.episodes),
  );
  database.close();
}

async function longShowStored(): Promise<string> {
  const name = freshDatabaseName();
  const database = await openDatabase(name);
  const { stored, entries } = splitPack(LONG);
  await saveShow(database, stored, entries);
  database.close();
  return name;
}

it('names the next episode from the chunk of titles around the furthest watched, reading no whole show', async () => {
  const name = await longShowStored();
  await watchedElsewhere(name, 300);

  await startTestApp('/', name);

  expect(await screen.findByRole('link', { name: 'Next: S1E301 · Title 301' })).toBeVisible();
  expect(useLibraryStore.getState().shows).not.toHaveProperty('long');
  expect(headsNeeded).not.toHaveBeenCalled();
});

it('reads the chunk a tile needs once another tab moves the furthest episode into it', async () => {
  const name = await longShowStored();
  await watchedElsewhere(name, 300);
  await startTestApp('/', name);
  await screen.findByRole('link', { name: 'Next: S1E301 · Title 301' });

  await watchedElsewhere(name, 520);
  act(() => onOtherTab({ type: 'progress', showId: 'long' }));

  expect(await screen.findByRole('link', { name: 'Next: S2E21 · Title 521' })).toBeVisible();
  expect(useLibraryStore.getState().shows).not.toHaveProperty('long');
  // Episodes 520 and 521, the furthest watched and the next, are in the third chunk.
  expect(headsNeeded).toHaveBeenCalledWith('long', expect.any(String), [2]);
});

it('never shows titles of a chunk left from another copy of the show: it builds the summary again', async () => {
  const name = await longShowStored();
  await watchedElsewhere(name, 300);
  const database = await openDatabase(name);
  const stale = {
    headsKey: 'another copy',
    titles: Array.from({ length: 256 }, () => 'Stale spoiler'),
    fingerprints: Array.from({ length: 256 }, () => 'x'),
  };
  await database.put('episodeHeads', stale, ['long', 1]);
  database.close();

  await startTestApp('/', name);

  expect(await screen.findByRole('link', { name: 'Next: S1E301 · Title 301' })).toBeVisible();
  expect(document.body.textContent).not.toContain('Stale spoiler');
  const reopened = await openDatabase(name);
  const summary = await reopened.get('showSummaries', 'long');
  const chunk = await reopened.get('episodeHeads', ['long', 1]);
  reopened.close();
  expect(chunk?.headsKey).toBe(summary?.headsKey);
  expect(chunk?.titles[0]).toBe('Title 257');
});

import { act, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { FIRST_PROFILE, openDatabase } from '../../src/storage/database';
import { clearWatched } from '../../src/storage/progress-writes';
import { rebuildFromStorage, startTestApp, stopTestApp } from '../ui/app-harness';

afterEach(() => {
  vi.doUnmock('../../src/domain/watched-runs');
  vi.restoreAllMocks();
  stopTestApp();
});

const BALLARD_KEY: [string, string] = [FIRST_PROFILE.id, 'ballard'];

/** Marks S1E1, S1E2 and S1E4 of Ballard on its page, and waits for their counts to be stored. */
async function marksStored(): Promise<string> {
  const { user, databaseName } = await startTestApp('/shows/ballard');
  for (const code of ['S1E1', 'S1E2', 'S1E4']) {
    await user.click(await screen.findByRole('checkbox', { name: `Watched ${code}` }));
  }
  await vi.waitFor(async () =>
    expect(await storedCounts(databaseName)).toMatchObject({ watchedCount: 3 }),
  );
  return databaseName;
}

/** Every read of keys from the store of marks, from here on. */
function marksReads() {
  const getAllKeys = vi.spyOn(IDBObjectStore.prototype, 'getAllKeys');
  return () =>
    (getAllKeys.mock.contexts as IDBObjectStore[]).filter((store) => store.name === 'progress')
      .length;
}

async function storedCounts(databaseName: string): Promise<unknown> {
  const database = await openDatabase(databaseName);
  const counts: unknown = await database.get('progressSummaries', BALLARD_KEY);
  database.close();
  return counts;
}

async function expectTicked(ticked: readonly string[], unticked: readonly string[]) {
  for (const code of [...ticked, ...unticked]) {
    const box = await screen.findByRole('checkbox', { name: `Watched ${code}` });
    if (ticked.includes(code)) expect(box).toBeChecked();
    else expect(box).not.toBeChecked();
  }
}

it("opens a show's page with the marks its stored counts stand for, reading no mark", async () => {
  const databaseName = await marksStored();
  const { router } = await rebuildFromStorage(databaseName, '/');
  await screen.findByRole('progressbar', { name: 'Ballard: 3 of 10 watched' });
  const reads = marksReads();

  await act(() => router.navigate('/shows/ballard'));

  await expectTicked(['S1E1', 'S1E2', 'S1E4'], ['S1E3', 'S1E5']);
  expect(reads()).toBe(0);
});

it.each([
  ['runs that disagree with its counts', { watchedRuns: [0, 5] }],
  ['no runs, as stored before they were kept', { watchedRuns: undefined }],
])('reads the marks when the stored counts hold %s', async (_, change) => {
  const databaseName = await marksStored();
  const database = await openDatabase(databaseName);
  const counts = (await database.get('progressSummaries', BALLARD_KEY)) as object;
  await database.put('progressSummaries', { ...counts, ...change } as never, BALLARD_KEY);
  database.close();
  const { router } = await rebuildFromStorage(databaseName, '/');
  await screen.findByRole('progressbar', { name: 'Ballard: 3 of 10 watched' });
  const reads = marksReads();

  await act(() => router.navigate('/shows/ballard'));

  await expectTicked(['S1E1', 'S1E2', 'S1E4'], ['S1E3', 'S1E5', 'S1E6']);
  expect(reads()).toBeGreaterThan(0);
  // Counted again and stored with its runs, so that the next opening reads no mark.
  await vi.waitFor(async () =>
    expect(await storedCounts(databaseName)).toMatchObject({ watchedRuns: [0, 1, 3, 3] }),
  );
});

it('reads the marks, storing no counts again, when no runs can stand for them', async () => {
  const databaseName = await marksStored();
  const database = await openDatabase(databaseName);
  const counts = (await database.get('progressSummaries', BALLARD_KEY)) as object;
  // As counted for marks spread over more runs than a summary holds.
  await database.put('progressSummaries', { ...counts, watchedRuns: null } as never, BALLARD_KEY);
  database.close();
  const { router } = await rebuildFromStorage(databaseName, '/');
  await screen.findByRole('progressbar', { name: 'Ballard: 3 of 10 watched' });
  const reads = marksReads();
  const put = vi.spyOn(IDBObjectStore.prototype, 'put');

  await act(() => router.navigate('/shows/ballard'));

  await expectTicked(['S1E1', 'S1E2', 'S1E4'], ['S1E3', 'S1E5']);
  expect(reads()).toBeGreaterThan(0);
  const summaryWrites = (put.mock.contexts as IDBObjectStore[]).filter(
    (store) => store.name === 'progressSummaries',
  );
  expect(summaryWrites).toHaveLength(0);
});

it('takes the marks as stored when another tab cleared them before this one heard of it', async () => {
  const databaseName = await marksStored();
  const { router } = await rebuildFromStorage(databaseName, '/');
  await screen.findByRole('progressbar', { name: 'Ballard: 3 of 10 watched' });
  // Another tab resets Ballard; its message has not arrived, so this tab still holds the counts.
  const otherTab = await openDatabase(databaseName);
  await clearWatched(otherTab, FIRST_PROFILE.id, 'ballard');
  otherTab.close();

  await act(() => router.navigate('/shows/ballard'));

  await expectTicked([], ['S1E1', 'S1E2', 'S1E3', 'S1E4']);
});

it('reads the marks when what turns runs into marks cannot be loaded', async () => {
  const databaseName = await marksStored();
  const { router } = await rebuildFromStorage(databaseName, '/');
  await screen.findByRole('progressbar', { name: 'Ballard: 3 of 10 watched' });
  vi.doMock('../../src/domain/watched-runs', () => {
    throw new Error('offline');
  });

  await act(() => router.navigate('/shows/ballard'));

  await expectTicked(['S1E1', 'S1E2', 'S1E4'], ['S1E3', 'S1E5']);
  expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument();
});

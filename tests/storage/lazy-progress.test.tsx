import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { Pack } from '../../src/domain/pack';
import { FIRST_PROFILE, openDatabase } from '../../src/storage/database';
import { saveWatched } from '../../src/storage/progress-writes';
import { saveShow } from '../../src/storage/repository';
import { splitPack } from '../../src/stores/library-store';
import { episodesMarked } from '../../src/stores/progress-marks';
import {
  progressChangedElsewhere,
  useProgressStore,
  wholeProgressLoaded,
} from '../../src/stores/progress-store';
import {
  freshDatabaseName,
  rebuildFromStorage,
  startTestApp,
  stopTestApp,
} from '../ui/app-harness';
import { TITLED_PACK } from '../ui/test-packs';

afterEach(stopTestApp);

/** Tiny Show stored with the first profile's marks, written as another tab or an import would. */
async function storedWithMarks(pack: Pack, marks: readonly string[]): Promise<string> {
  const name = freshDatabaseName();
  const database = await openDatabase(name);
  const { stored, entries } = splitPack(pack);
  await saveShow(database, stored, entries);
  await saveWatched(database, [FIRST_PROFILE.id], pack.show.id, marks, true);
  database.close();
  return name;
}

async function tileOf(title: string): Promise<HTMLElement> {
  const tile = (await screen.findByRole('link', { name: title })).closest('li');
  if (!tile) throw new Error(`no tile for ${title}`);
  return tile;
}

async function storedCounts(databaseName: string, showId: string): Promise<unknown> {
  const database = await openDatabase(databaseName);
  const counts: unknown = await database.get('progressSummaries', [FIRST_PROFILE.id, showId]);
  database.close();
  return counts;
}

const marksHeld = (showId: string) =>
  useProgressStore.getState().watched[FIRST_PROFILE.id]?.[showId];

it('starts on the counts stored with the marks, and reads the marks only when the show opens', async () => {
  const { user, databaseName } = await startTestApp('/shows/ballard');
  await user.click(await screen.findByRole('checkbox', { name: 'Watched S1E1' }));
  await user.click(await screen.findByRole('checkbox', { name: 'Watched S1E2' }));
  await waitFor(async () =>
    expect(await storedCounts(databaseName, 'ballard')).toMatchObject({ watchedCount: 2 }),
  );

  const { router } = await rebuildFromStorage(databaseName, '/');

  const tile = await tileOf('Ballard');
  expect(
    await within(tile).findByRole('progressbar', { name: 'Ballard: 2 of 10 watched' }),
  ).toBeVisible();
  expect(within(tile).getByRole('link', { name: /^Next: S1E3/ })).toBeVisible();
  expect(marksHeld('ballard')).toBeUndefined();

  await act(() => router.navigate('/shows/ballard'));

  expect(await screen.findByRole('checkbox', { name: 'Watched S1E2' })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Watched S1E1' })).toBeChecked();
  expect(screen.getByRole('checkbox', { name: 'Watched S1E3' })).not.toBeChecked();
  expect(marksHeld('ballard')).toEqual(new Set(['S1E1', 'S1E2']));
});

it('counts the marks again when no counts were stored with them, and stores the counts', async () => {
  const name = await storedWithMarks(TITLED_PACK, ['S1E1', 'S1E2']);

  await startTestApp('/', name);

  const tile = await tileOf('Tiny Show');
  expect(
    await within(tile).findByRole('progressbar', { name: 'Tiny Show: 2 of 3 watched' }),
  ).toBeVisible();
  expect(within(tile).getByRole('link', { name: 'Next: S1E3 · The End' })).toBeVisible();
  await waitFor(async () =>
    expect(await storedCounts(name, 'tiny')).toMatchObject({
      watchedCount: 2,
      skipped: 0,
      horizon: 'S1E2',
    }),
  );
});

it('counts the marks again once the show is stored with other episodes', async () => {
  const { databaseName } = await startTestApp('/', await storedWithMarks(TITLED_PACK, []));
  await tileOf('Tiny Show');
  // Marked here, so the counts are stored against the three episodes.
  await act(() => episodesMarked('tiny', ['S1E1', 'S1E2'], true));
  const database = await openDatabase(databaseName);
  expect(await database.get('progressSummaries', [FIRST_PROFILE.id, 'tiny'])).toMatchObject({
    watchedCount: 2,
  });
  const withoutTheMiddle = {
    ...TITLED_PACK,
    episodes: TITLED_PACK.episodes.filter((episode) => episode.code !== 'S1E2'),
  };
  const { stored, entries } = splitPack(withoutTheMiddle);
  await saveShow(database, stored, entries);
  database.close();

  await rebuildFromStorage(databaseName, '/');

  // The stored counts said 2 watched of the three episodes: the show now lists S1E1 and S1E3.
  const tile = await tileOf('Tiny Show');
  expect(
    await within(tile).findByRole('progressbar', { name: 'Tiny Show: 1 of 2 watched' }),
  ).toBeVisible();
  expect(within(tile).getByRole('link', { name: 'Next: S1E3 · The End' })).toBeVisible();
});

it('takes another tab’s marks for someone watching together, on a show they had none on', async () => {
  const { databaseName } = await startTestApp('/');
  await tileOf('Ballard');
  // Read whole, as for the people present in a room: nothing marked on Ballard yet.
  wholeProgressLoaded('bob', new Map());
  const otherTab = await openDatabase(databaseName);
  await saveWatched(otherTab, ['bob'], 'ballard', ['S1E1', 'S1E2'], true);
  otherTab.close();

  await act(() => progressChangedElsewhere('ballard'));

  expect(useProgressStore.getState().watched.bob?.ballard).toEqual(new Set(['S1E1', 'S1E2']));
});

import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { FIRST_PROFILE, openDatabase } from '../../src/storage/database';
import { saveNote } from '../../src/storage/notes-repository';
import { saveWatched } from '../../src/storage/progress-writes';
import { saveRevealed } from '../../src/storage/repository';
import { freshDatabaseName, startTestApp, stopTestApp } from '../ui/app-harness';
import { showPageLoaded, watchedCodes } from '../ui/marks';
import { dumpDatabase } from './database-dump';
import { catchDownloads } from './downloads';
import { storedNote } from './stored-note';

afterEach(() => {
  stopTestApp();
  vi.restoreAllMocks();
});

// Slow on a busy machine: two starts, a backup and a restore.

const GARBAGE_PROFILE = { id: 'profile-ben', name: 7 };

const bensNote = storedNote('note-ben', 'Kept with Ben');

/** A browser whose second profile's record is damaged, while its marks and note are fine. */
async function storeWithUnreadableProfile(name: string) {
  const database = await openDatabase(name);
  await database.put('profiles', GARBAGE_PROFILE as never);
  await saveWatched(database, [GARBAGE_PROFILE.id], 'ballard', ['S1E1', 'S1E2'], true);
  await saveWatched(database, [FIRST_PROFILE.id], 'ballard', ['S1E1'], true);
  await saveRevealed(database, GARBAGE_PROFILE.id, 'ballard', ['episode:S1E5'], true);
  await saveNote(database, GARBAGE_PROFILE.id, bensNote);
  database.close();
}

const messages = async () => within(await screen.findByRole('region', { name: 'Messages' }));
const record = (dump: Awaited<ReturnType<typeof dumpDatabase>>, store: string, key: IDBValidKey) =>
  dump[store]?.find((item) => JSON.stringify(item.key) === JSON.stringify(key))?.value;

it('keeps an unreadable profile aside, its marks and note under a stand-in, and a full backup of it restores', async () => {
  const downloads = catchDownloads();
  const name = freshDatabaseName();
  await storeWithUnreadableProfile(name);

  const { user, router } = await startTestApp('/backup', name);
  expect(
    await (
      await messages()
    ).findByText(
      /^A saved profile could not be read\. It was kept aside unchanged, and its progress, reveals and notes are kept under “Unreadable profile 1”/,
    ),
  ).toBeVisible();
  const switcher = await screen.findByRole('combobox', { name: 'Profile' });
  expect(
    within(switcher)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['Me', 'Unreadable profile 1']);
  await user.selectOptions(switcher, 'Unreadable profile 1');
  await act(() => router.navigate('/shows/ballard'));
  await showPageLoaded();
  expect(watchedCodes()).toEqual(['S1E1', 'S1E2']);

  await act(() => router.navigate('/backup'));
  await user.click(await screen.findByRole('button', { name: 'Download full backup' }));
  await vi.waitFor(() => expect(downloads).toHaveLength(1));
  const backup = downloads[0]!.file;
  const before = await dumpDatabase(name);
  expect(record(before, 'profiles', GARBAGE_PROFILE.id)).toEqual(GARBAGE_PROFILE);
  stopTestApp();

  const target = freshDatabaseName();
  // An empty browser restores without asking first.
  const restoring = await startTestApp('/backup', target);
  await restoring.user.upload(await screen.findByLabelText('Restore from backup'), backup);
  const restoreRegion = within(screen.getByRole('region', { name: 'Restore' }));
  expect(
    await restoreRegion.findByText(
      /^Restored the backup of \d{4}-\d{2}-\d{2}: 2 profiles with 1 show, 3 watched episodes and 1 note\.$/,
    ),
  ).toBeVisible();

  const after = await dumpDatabase(target);
  expect(record(after, 'profiles', GARBAGE_PROFILE.id)).toMatchObject({
    name: 'Unreadable profile 1',
  });
  expect(record(after, 'progress', [GARBAGE_PROFILE.id, 'ballard', 'S1E2'])).toBeDefined();
  // The restore pins a reveal to the show's content, so its key may be longer than stored.
  expect(
    after.reveals?.filter(({ key }) => Array.isArray(key) && key[0] === GARBAGE_PROFILE.id),
  ).toHaveLength(1);
  expect(record(after, 'notes', 'note-ben')).toMatchObject({
    profileId: GARBAGE_PROFILE.id,
    title: 'Kept with Ben',
  });
  expect(record(after, 'quarantine', `profiles/${GARBAGE_PROFILE.id}`)).toMatchObject({
    store: 'profiles',
    key: GARBAGE_PROFILE.id,
    value: GARBAGE_PROFILE,
  });
});

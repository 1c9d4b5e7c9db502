import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider } from 'react-router';
import { afterEach, expect, it, vi } from 'vitest';
import { createTestRouter } from '../../src/app/router';
import { SYNC_SCHEMA } from '../../src/domain/sync-items';
import type { ShowSource, SyncedShow } from '../../src/domain/sync-shows';
import { FIRST_PROFILE, openDatabase } from '../../src/storage/database';
import { saveShow } from '../../src/storage/repository';
import { splitPack } from '../../src/stores/library-store';
import { resetStores } from '../../src/stores/reset-stores';
import { startApp } from '../../src/stores/start-app';
import { followedShowsFound, profileSyncShown } from '../../src/stores/sync-store';
import { SHOW_12345, answerJson, stubTvmaze, tvmazeFixture } from '../storage/tvmaze-stub';
import { freshDatabaseName, rebuildFromStorage, startTestApp, stopTestApp } from './app-harness';
import { sentence } from './sentence';
import { TITLED_PACK } from './test-packs';

afterEach(() => {
  profileSyncShown(FIRST_PROFILE.id, null);
  stopTestApp();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const BUILT_IN: ShowSource = { kind: 'built-in' };
const FROM_TVMAZE: ShowSource = { kind: 'tvmaze', tvmazeId: 12345 };
const FROM_PACK: ShowSource = { kind: 'pack' };

const synced = (showId: string, title: string, source: ShowSource): SyncedShow => ({
  kind: 'show',
  schema: SYNC_SCHEMA,
  showId,
  title,
  source,
  at: 1,
});

/** What sync reports the first profile follows, on this device and others. */
const followed = (...shows: SyncedShow[]) => act(() => followedShowsFound(FIRST_PROFILE.id, shows));

const elsewhere = () => screen.findByRole('region', { name: 'On your other devices' });

/** A database holding Tiny Show only, so the app starts without seeding Ballard. */
async function databaseWithTinyShowOnly(): Promise<string> {
  const name = freshDatabaseName();
  const database = await openDatabase(name);
  const { stored, entries } = splitPack(TITLED_PACK);
  await saveShow(database, stored, entries);
  database.close();
  return name;
}

function browserGoes(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

it('lists the shows this profile follows elsewhere that this device lacks, and none it has', async () => {
  await startTestApp('/');
  await screen.findByRole('link', { name: 'Ballard' });

  await followed(
    synced('ballard', 'Ballard', BUILT_IN),
    synced('tvmaze-12345-ballard', 'Ballard', FROM_TVMAZE),
    synced('harbour', 'Harbour Lights', FROM_PACK),
  );
  const section = within(await elsewhere());
  expect(section.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
    'Ballard',
    'Harbour Lights',
  ]);
  expect(section.getByRole('button', { name: 'Add Ballard from TVmaze' })).toBeEnabled();
  expect(section.queryByRole('button', { name: 'Add Ballard again' })).not.toBeInTheDocument();

  // Sync now names only the show this device has: the section goes.
  await followed(synced('ballard', 'Ballard', BUILT_IN));
  await waitFor(() =>
    expect(screen.queryByRole('region', { name: 'On your other devices' })).not.toBeInTheDocument(),
  );
  expect(screen.getByRole('link', { name: 'Ballard' })).toBeVisible();
});

it('adds the built-in show again, which then leaves the list for the library', async () => {
  const databaseName = await databaseWithTinyShowOnly();
  const { user } = await startTestApp('/', databaseName);
  await screen.findByRole('link', { name: 'Tiny Show' });
  expect(screen.queryByRole('link', { name: 'Ballard' })).not.toBeInTheDocument();

  await followed(synced('tiny', 'Tiny Show', FROM_PACK), synced('ballard', 'Ballard', BUILT_IN));
  await user.click(within(await elsewhere()).getByRole('button', { name: 'Add Ballard again' }));

  expect(await screen.findByRole('link', { name: 'Ballard' })).toHaveAttribute(
    'href',
    '/shows/ballard',
  );
  expect(screen.getByText(sentence('Ballard is in your library now.'))).toBeVisible();
  expect(screen.queryByRole('region', { name: 'On your other devices' })).not.toBeInTheDocument();

  await rebuildFromStorage(databaseName, '/');
  expect(await screen.findByRole('link', { name: 'Ballard' })).toBeVisible();
});

it('says in the status line when the built-in show cannot be had, and keeps it listed', async () => {
  const databaseName = await databaseWithTinyShowOnly();
  resetStores();
  await startApp({ databaseName, readDefaultPack: () => Promise.reject(new Error('offline')) });
  render(<RouterProvider router={createTestRouter('/')} />);
  await screen.findByRole('link', { name: 'Tiny Show' });

  await followed(synced('ballard', 'Ballard', BUILT_IN));
  const section = within(await elsewhere());
  await userEvent.click(section.getByRole('button', { name: 'Add Ballard again' }));

  expect(
    await section.findByText(
      'The built-in show, Ballard, could not be downloaded. Check your connection, then retry.',
    ),
  ).toHaveAttribute('role', 'status');
  expect(screen.queryByRole('link', { name: 'Ballard' })).not.toBeInTheDocument();
  expect(section.getByRole('button', { name: 'Add Ballard again' })).toBeEnabled();
});

it('adds a show from TVmaze by its id, as Add a show does', async () => {
  const { requested } = stubTvmaze({
    [SHOW_12345]: [answerJson(tvmazeFixture('show-12345.json'))],
  });
  const { user } = await startTestApp('/', await databaseWithTinyShowOnly());
  await screen.findByRole('link', { name: 'Tiny Show' });

  await followed(synced('tvmaze-12345-ballard', 'Ballard', FROM_TVMAZE));
  await user.click(
    within(await elsewhere()).getByRole('button', { name: 'Add Ballard from TVmaze' }),
  );

  expect(await screen.findByRole('link', { name: 'Ballard' })).toHaveAttribute(
    'href',
    '/shows/tvmaze-12345-ballard',
  );
  expect(screen.getByRole('progressbar', { name: 'Ballard: 0 of 11 watched' })).toBeVisible();
  expect(screen.queryByRole('region', { name: 'On your other devices' })).not.toBeInTheDocument();
  expect(requested).toEqual([SHOW_12345]);
});

it('says in the row when TVmaze fails, and that TVmaze needs a connection while offline', async () => {
  stubTvmaze({ [SHOW_12345]: [answerJson({ message: 'gone' }, 404)] });
  const { user } = await startTestApp('/');
  await screen.findByRole('link', { name: 'Ballard' });
  await followed(synced('tvmaze-12345-ballard', 'Ballard', FROM_TVMAZE));
  const row = within(
    within(await elsewhere())
      .getByRole('heading', { level: 3, name: 'Ballard' })
      .closest('li')!,
  );
  const add = row.getByRole('button', { name: 'Add Ballard from TVmaze' });

  await user.click(add);
  expect(await row.findByText(sentence(/^Ballard could not be added: .+/))).toHaveAttribute(
    'role',
    'status',
  );

  browserGoes(false);
  expect(add).toBeDisabled();
  expect(add).toHaveAccessibleDescription(
    'You are offline: adding a show from TVmaze needs a connection.',
  );
  browserGoes(true);
  expect(add).toBeEnabled();
});

it('asks for the recap pack file of a show that came from one, by its show id', async () => {
  await startTestApp('/');
  await screen.findByRole('link', { name: 'Ballard' });
  await followed(synced('harbour-lights', 'Harbour Lights', FROM_PACK));

  const section = within(await elsewhere());
  expect(
    section.getByText(
      sentence('Import its recap pack file (show id “harbour-lights”) on Add a show.'),
    ),
  ).toBeVisible();
  expect(section.getByRole('link', { name: 'Add a show' })).toHaveAttribute('href', '/add');
});

import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { deleteDB, openDB } from 'idb';
import { afterEach, expect, it } from 'vitest';
import {
  FIRST_PROFILE,
  DATABASE_VERSION,
  openDatabase,
  type StoredNote,
} from '../../src/storage/database';
import { saveNote } from '../../src/storage/notes-repository';
import { saveWatched } from '../../src/storage/progress-writes';
import { rebuildFromStorage, startTestApp, stopTestApp } from '../ui/app-harness';
import { checkbox, showPageLoaded, watchedCodes } from '../ui/marks';

afterEach(stopTestApp);

// Each test starts the app and reloads it; a loaded machine needs more than the default.

const messages = () => screen.getByRole('region', { name: 'Messages' });

const note: StoredNote = {
  id: 'note-kept',
  showId: 'ballard',
  kind: 'note',
  spoils: 'S1E1',
  title: 'Written in another visit',
  body: 'Only storage held this note when the database went.',
  characters: [],
  keywords: [],
  date: null,
  source: null,
  updatedAt: 1,
};

it('after another tab deletes the database, keeps marks made since and writes everything back', async () => {
  const { user, router, databaseName } = await startTestApp('/');
  await screen.findByRole('link', { name: 'Ballard' });
  // A note this tab never read: only storage holds it when the other tab deletes the database.
  const earlier = await openDatabase(databaseName);
  await saveNote(earlier, FIRST_PROFILE.id, note);
  earlier.close();

  await act(() => deleteDB(databaseName));

  const alert = await within(messages()).findByRole('alert');
  expect(alert).toHaveTextContent("Another tab deleted Previously's stored data.");
  expect(alert).toHaveTextContent('This tab still holds your progress, reveals and notes.');
  expect(alert).not.toHaveTextContent(/private/i);
  const writeBack = within(alert).getByRole('button', { name: "Write this tab's data back" });

  // Ballard's recaps were never opened before the delete, and still show after it.
  await act(() => router.navigate('/shows/ballard'));
  await showPageLoaded();
  await user.click(checkbox('S1E1'));
  expect(within(messages()).queryByText(/Could not save/)).not.toBeInTheDocument();

  await user.click(writeBack);
  expect(
    await within(messages()).findByText(/^This tab's data was written back/),
  ).toBeInTheDocument();
  expect(
    within(messages()).queryByRole('button', { name: "Write this tab's data back" }),
  ).toBeNull();
  // The stores are read again from what was written back, marks as the page needs them.
  await user.click(await screen.findByRole('checkbox', { name: 'Watched S1E2' }));

  const reloaded = await rebuildFromStorage(databaseName, '/shows/ballard');
  await showPageLoaded();
  expect(watchedCodes()).toEqual(['S1E1', 'S1E2']);
  await act(() => reloaded.router.navigate('/shows/ballard/episodes/S1E1'));
  expect(await screen.findByRole('heading', { name: 'Written in another visit' })).toBeVisible();
});

it('asks for a reload, not a write back, when a newer version opens the database in another tab', async () => {
  const { user, databaseName } = await startTestApp('/shows/ballard');
  await showPageLoaded();

  const newer = await act(() => openDB(databaseName, DATABASE_VERSION + 1));
  newer.close();

  const alert = await within(messages()).findByRole('alert');
  expect(alert).toHaveTextContent(
    'A newer version of Previously opened in another tab. Reload to continue.',
  );
  expect(alert).not.toHaveTextContent(/private/i);
  expect(within(alert).getByRole('button', { name: 'Reload' })).toBeVisible();
  expect(within(alert).queryByRole('button', { name: /Write/ })).toBeNull();

  await user.click(checkbox('S1E1'));
  expect(
    await within(messages()).findByText(
      'Could not save your mark on S1E1: a newer version of Previously opened in another tab. Reload to continue.',
    ),
  ).toBeVisible();
});

it("writes back the show's rules and the peek length chosen after another tab deleted the database", async () => {
  const { user, router, databaseName } = await startTestApp('/shows/ballard');
  await showPageLoaded();

  await act(() => deleteDB(databaseName));
  const alert = await within(messages()).findByRole('alert');
  const writeBack = within(alert).getByRole('button', { name: "Write this tab's data back" });

  await user.click(screen.getByRole('checkbox', { name: 'Strict mode' }));
  await act(() => router.navigate('/settings'));
  const length = await screen.findByRole('spinbutton', { name: 'Peek length' });
  await user.clear(length);
  await user.type(length, '3');

  await user.click(writeBack);
  expect(
    await within(messages()).findByText(/^This tab's data was written back/),
  ).toBeInTheDocument();

  const reloaded = await rebuildFromStorage(databaseName, '/shows/ballard');
  await showPageLoaded();
  expect(screen.getByRole('checkbox', { name: 'Strict mode' })).toBeChecked();
  await act(() => reloaded.router.navigate('/settings'));
  expect(await screen.findByRole('spinbutton', { name: 'Peek length' })).toHaveValue(3);
});

it('puts back rules that could not be read, so every show stays strict after a write back', async () => {
  const { databaseName } = await startTestApp('/');
  await screen.findByRole('link', { name: 'Ballard' });
  const earlier = await openDatabase(databaseName);
  await earlier.put('settings', { ballard: { strict: 'yes' } }, 'showRules');
  earlier.close();
  const { user } = await rebuildFromStorage(databaseName, '/shows/ballard');
  await showPageLoaded();
  expect(screen.getByRole('checkbox', { name: 'Strict mode' })).toBeChecked();

  await act(() => deleteDB(databaseName));
  await user.click(
    await within(messages()).findByRole('button', { name: "Write this tab's data back" }),
  );
  expect(
    await within(messages()).findByText(/^This tab's data was written back/),
  ).toBeInTheDocument();

  await rebuildFromStorage(databaseName, '/shows/ballard');
  await showPageLoaded();
  expect(screen.getByRole('checkbox', { name: 'Strict mode' })).toBeChecked();
});

/** The app on Settings, with a second profile, Ben, who has watched S1E1 and S1E2. */
async function appWithBenWhoWatchedTwo() {
  const started = await startTestApp('/settings');
  const { user, databaseName } = started;
  await user.type(await screen.findByRole('textbox', { name: 'New profile' }), 'Ben');
  await user.click(screen.getByRole('button', { name: 'Add profile' }));
  const profile = await screen.findByRole('combobox', { name: 'Profile' });
  const benId = within(profile).getByRole<HTMLOptionElement>('option', { name: 'Ben' }).value;
  const earlier = await openDatabase(databaseName);
  await saveWatched(earlier, [benId], 'ballard', ['S1E1', 'S1E2'], true);
  earlier.close();
  return started;
}

/** Another tab deletes the database; the user writes this tab's data back from the alert. */
async function databaseDeletedAndWrittenBack(user: UserEvent, databaseName: string) {
  await act(() => deleteDB(databaseName));
  const alert = await within(messages()).findByRole('alert');
  const writeBack = within(alert).getByRole('button', { name: "Write this tab's data back" });
  // Disabled while the last read before the delete is under way; a person clicks once it is not.
  await waitFor(() => expect(writeBack).toBeEnabled());
  await user.click(writeBack);
}

it('writes back every profile, with the marks of one this tab never loaded', async () => {
  const { user, databaseName } = await appWithBenWhoWatchedTwo();
  // A new visit as Me: this tab never reads Ben's marks before the delete.
  await rebuildFromStorage(databaseName, '/');
  await screen.findByRole('link', { name: 'Ballard' });

  await databaseDeletedAndWrittenBack(user, databaseName);
  await within(messages()).findByText(/^This tab's data was written back/);

  await rebuildFromStorage(databaseName, '/shows/ballard');
  await showPageLoaded();
  expect(watchedCodes()).toEqual([]);
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Profile' }), 'Ben');
  await waitFor(() => expect(watchedCodes()).toEqual(['S1E1', 'S1E2']));
});

it('writes back a profile whose deletion can still be undone, so Undo brings back its marks', async () => {
  const { user, databaseName } = await appWithBenWhoWatchedTwo();
  await rebuildFromStorage(databaseName, '/settings');
  const profiles = within(await screen.findByRole('region', { name: 'Profiles' }));
  await user.click(profiles.getByRole('button', { name: 'Delete Ben' }));
  const question = await screen.findByRole('alertdialog', { name: 'Delete Ben?' });
  await user.click(within(question).getByRole('button', { name: 'Delete profile' }));

  await databaseDeletedAndWrittenBack(user, databaseName);
  await within(messages()).findByText(/^This tab's data was written back/);
  expect(profiles.queryByRole('button', { name: 'Rename Ben' })).toBeNull();
  await user.click(screen.getByRole('button', { name: /^Undo: deleted the profile Ben/ }));
  expect(await profiles.findByRole('button', { name: 'Rename Ben' })).toBeVisible();

  await rebuildFromStorage(databaseName, '/shows/ballard');
  await showPageLoaded();
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Profile' }), 'Ben');
  await waitFor(() => expect(watchedCodes()).toEqual(['S1E1', 'S1E2']));
});

it('does not warn of notes left behind on a show whose page this tab never opened', async () => {
  const { databaseName } = await startTestApp('/');
  await screen.findByRole('link', { name: 'Ballard' });
  // A new visit that opens the library alone.
  const { user } = await rebuildFromStorage(databaseName, '/');
  await screen.findByRole('link', { name: 'Ballard' });

  await databaseDeletedAndWrittenBack(user, databaseName);

  // The last read before the delete held every note, none on Ballard: none was left behind.
  const written = await within(messages()).findByText(/^This tab's data was written back/);
  expect(written).not.toHaveTextContent(/notes on/);
});

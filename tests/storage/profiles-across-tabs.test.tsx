import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { FIRST_PROFILE, openDatabase, type Profile } from '../../src/storage/database';
import { saveWatched } from '../../src/storage/progress-writes';
import { readWatched } from '../../src/storage/repository';
import { startTestApp, stopTestApp } from '../ui/app-harness';
import { checkbox, showPageLoaded, watchedCodes } from '../ui/marks';

afterEach(stopTestApp);

const ANN: Profile = { id: 'profile-ann', name: 'Ann', createdAt: 10 };

/** Another tab: its own connection, and the channel the tabs talk on. */
async function openOtherTab(databaseName: string) {
  const database = await openDatabase(databaseName);
  const channel = new BroadcastChannel('previously-sync');
  const heard: unknown[] = [];
  channel.onmessage = (event: MessageEvent) => heard.push(event.data);
  return {
    database,
    heard,
    tell: (message: unknown) => channel.postMessage(message),
    close() {
      channel.close();
      database.close();
    },
  };
}

const profilesSection = async () => within(await screen.findByRole('region', { name: 'Profiles' }));
const switcherNames = () =>
  within(screen.getByRole('combobox', { name: 'Profile' }))
    .getAllByRole('option')
    .map((option) => option.textContent);

async function renamed(user: UserEvent, from: string, to: string) {
  const section = await profilesSection();
  await user.click(section.getByRole('button', { name: `Rename ${from}` }));
  const field = section.getByRole('textbox', { name: `New name for ${from}` });
  await user.clear(field);
  await user.type(field, to);
  await user.click(section.getByRole('button', { name: 'Save name' }));
}

it('tells the other tabs when a profile is added, renamed or deleted here', async () => {
  const { user, databaseName } = await startTestApp('/settings');
  const otherTab = await openOtherTab(databaseName);
  const storedNames = async () =>
    (await otherTab.database.getAll('profiles')).map((profile) => profile.name);

  const section = await profilesSection();
  await user.type(section.getByRole('textbox', { name: 'New profile' }), 'Ben');
  await user.click(section.getByRole('button', { name: 'Add profile' }));
  await waitFor(() => expect(otherTab.heard).toEqual([{ type: 'profiles' }]));
  expect(await storedNames()).toContain('Ben');

  await renamed(user, 'Ben', 'Benjamin');
  await waitFor(() => expect(otherTab.heard).toHaveLength(2));
  expect(otherTab.heard[1]).toEqual({ type: 'profiles' });
  // Renamed in place: no record of Ben is left beside it.
  expect((await storedNames()).sort()).toEqual(['Benjamin', 'Me']);

  await user.click(section.getByRole('button', { name: 'Delete Benjamin' }));
  const question = await screen.findByRole('alertdialog', { name: 'Delete Benjamin?' });
  await user.click(within(question).getByRole('button', { name: 'Delete profile' }));
  // Storage deletes it once the user leaves the page, and only then are the other tabs told.
  await user.click(screen.getByRole('link', { name: 'Library' }));
  await waitFor(() => expect(otherTab.heard).toHaveLength(3));
  expect(otherTab.heard[2]).toEqual({ type: 'profiles' });
  expect(await storedNames()).toEqual(['Me']);
  otherTab.close();
});

it("shows a profile the other tab added, renamed or deleted, and keeps this tab's choice", async () => {
  const { user, databaseName } = await startTestApp('/settings');
  await profilesSection();
  const otherTab = await openOtherTab(databaseName);

  await otherTab.database.put('profiles', ANN);
  otherTab.tell({ type: 'profiles' });
  await waitFor(() => expect(switcherNames()).toEqual(['Me', 'Ann']));
  expect((await profilesSection()).getByRole('button', { name: 'Rename Ann' })).toBeVisible();

  await user.selectOptions(await screen.findByRole('combobox', { name: 'Profile' }), 'Ann');
  await otherTab.database.put('profiles', { ...ANN, name: 'Anna' });
  otherTab.tell({ type: 'profiles' });
  await waitFor(() => expect(switcherNames()).toEqual(['Me', 'Anna']));
  expect(screen.getByRole('combobox', { name: 'Profile' })).toHaveDisplayValue('Anna');

  // Deleted in the other tab while this one shows it: this tab goes back to the first profile.
  await otherTab.database.delete('profiles', ANN.id);
  otherTab.tell({ type: 'profiles' });
  await waitFor(() =>
    expect(screen.queryByRole('combobox', { name: 'Profile' })).not.toBeInTheDocument(),
  );
  const section = await profilesSection();
  expect(section.getByRole('button', { name: 'Rename Me' })).toBeVisible();
  expect(section.queryByRole('button', { name: 'Rename Anna' })).toBeNull();
  otherTab.close();
});

it("keeps each tab's marks when two tabs show different profiles", async () => {
  const { user, router, databaseName } = await startTestApp('/settings');
  const otherTab = await openOtherTab(databaseName);
  await otherTab.database.put('profiles', ANN);
  otherTab.tell({ type: 'profiles' });
  await waitFor(() => expect(switcherNames()).toEqual(['Me', 'Ann']));
  await act(() => router.navigate('/shows/ballard'));
  await showPageLoaded();
  await user.click(checkbox('S1E1'));

  // The other tab shows Ann: it marks S1E1 to S1E3 for her and makes her the browser's choice.
  await saveWatched(otherTab.database, [ANN.id], 'ballard', ['S1E1', 'S1E2', 'S1E3'], true);
  await otherTab.database.put('settings', ANN.id, 'activeProfileId');
  otherTab.tell({ type: 'progress', showId: 'ballard' });
  otherTab.tell({ type: 'settings' });
  await user.click(checkbox('S1E5'));

  expect(watchedCodes()).toEqual(['S1E1', 'S1E5']);
  await waitFor(async () =>
    expect(await readWatched(otherTab.database, FIRST_PROFILE.id, 'ballard')).toEqual(
      new Set(['S1E1', 'S1E5']),
    ),
  );
  expect(await readWatched(otherTab.database, ANN.id, 'ballard')).toEqual(
    new Set(['S1E1', 'S1E2', 'S1E3']),
  );
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Profile' }), 'Ann');
  await waitFor(() => expect(watchedCodes()).toEqual(['S1E1', 'S1E2', 'S1E3']));

  // The other tab, still on Ann, unmarks S1E3: this tab shows it for Ann, and Me's marks stay.
  await saveWatched(otherTab.database, [ANN.id], 'ballard', ['S1E3'], false);
  otherTab.tell({ type: 'progress', showId: 'ballard' });
  await waitFor(() => expect(watchedCodes()).toEqual(['S1E1', 'S1E2']));
  await user.selectOptions(await screen.findByRole('combobox', { name: 'Profile' }), 'Me');
  await waitFor(() => expect(watchedCodes()).toEqual(['S1E1', 'S1E5']));
  expect(await readWatched(otherTab.database, FIRST_PROFILE.id, 'ballard')).toEqual(
    new Set(['S1E1', 'S1E5']),
  );
  otherTab.close();
});

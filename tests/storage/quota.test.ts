import { screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { packStored } from '../../src/stores/library-store';
import { showImported } from '../../src/stores/show-import';
import { startTestApp, stopTestApp } from '../ui/app-harness';
import { sentence } from '../ui/sentence';
import { TITLED_PACK } from '../ui/test-packs';
import { dumpDatabase } from './database-dump';

afterEach(() => {
  stopTestApp();
  vi.restoreAllMocks();
});

function storageIsFull() {
  return vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
}

it('reports a full disk and keeps the mark on screen', async () => {
  const { user } = await startTestApp('/shows/ballard');
  const checkbox = await screen.findByRole('checkbox', { name: 'Watched S1E4' });
  const put = storageIsFull();

  await user.click(checkbox);

  expect(put).toHaveBeenCalled();
  const messages = within(screen.getByRole('region', { name: 'Messages' }));
  expect(await messages.findByRole('alert')).toHaveTextContent(
    "Could not save your mark on S1E4: this browser's storage for Previously is full. It stays on screen until you reload",
  );
  expect(screen.getByRole('checkbox', { name: 'Watched S1E4' })).toBeChecked();
});

it('sets the show apart in <bdi> when a message names it', async () => {
  await startTestApp('/');
  storageIsFull();
  const title = 'مسلسل 7';
  await packStored({ ...TITLED_PACK, show: { ...TITLED_PACK.show, title } });

  const messages = within(screen.getByRole('region', { name: 'Messages' }));
  const alert = await messages.findByRole('alert');
  const message = within(alert).getByText(sentence(/^Could not save the show “مسلسل 7”: /));
  expect(message.querySelector('bdi')).toHaveTextContent(title);
});

it('reports a full disk and keeps a new note on screen', async () => {
  const { user } = await startTestApp('/shows/ballard/episodes/S1E1');
  await user.click(await screen.findByRole('checkbox', { name: 'Watched S1E1' }));
  const form = await screen.findByRole('form', { name: 'Add a note' });
  storageIsFull();

  await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Unsaved thought');
  await user.click(within(form).getByRole('button', { name: 'Save note' }));

  expect(await screen.findByRole('heading', { name: 'Unsaved thought' })).toBeVisible();
  expect(
    await within(screen.getByRole('region', { name: 'Messages' })).findByRole('alert'),
  ).toHaveTextContent(
    // The note's title is not repeated: a note may spoil an episode not yet watched.
    "Could not save your note: this browser's storage for Previously is full.",
  );
});

it('refuses an import on a full disk and changes nothing', async () => {
  const { databaseName } = await startTestApp('/');
  await screen.findByRole('heading', { level: 1 });
  const before = await dumpDatabase(databaseName);
  storageIsFull();

  const outcome = await showImported({
    show: { id: 'tiny', title: 'Tiny', network: null, premiered: null, summary: null },
    episodes: [{ code: 'S1E1', title: null, airDate: null, runtime: null, synopsis: null }],
    characters: [],
    entries: [],
  });

  expect(outcome).toEqual({
    ok: false,
    problems: [
      // The title is marked (\u2068…\u2069) to sit apart in <bdi> in the import report.
      "Could not store “\u2068Tiny\u2069”: this browser's storage for Previously is full. Nothing was changed; free some space and try again.",
    ],
  });
  vi.restoreAllMocks();
  expect(await dumpDatabase(databaseName)).toEqual(before);
});

it('says a reset of progress was not saved when storage refuses it', async () => {
  const { user } = await startTestApp('/settings');
  await user.click(await screen.findByRole('button', { name: 'Reset progress' }));
  vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  await user.click(
    within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reset progress' }),
  );

  expect(
    await screen.findByText(
      sentence(
        'Your progress on Ballard was reset on screen but could not be saved; see the message above.',
      ),
    ),
  ).toBeVisible();
  expect(
    await within(screen.getByRole('region', { name: 'Messages' })).findByRole('alert'),
  ).toHaveTextContent('Could not save the reset of your progress');
});

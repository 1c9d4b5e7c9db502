import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { episodesMarked } from '../../stores/progress-marks';
import { rebuildFromStorage, startTestApp, stopTestApp } from '../../../tests/ui/app-harness';

afterEach(stopTestApp);

// Each test starts the app and reloads it; a loaded machine needs more than the default.
const EPISODE = '/shows/ballard/episodes/S1E2';

const notesRegion = () => screen.getByRole('region', { name: 'Your notes' });
const form = (name: string) => within(notesRegion()).getByRole('form', { name });
const field = (formName: string, name: string) =>
  within(form(formName)).getByRole('textbox', { name });

async function episodeOpened(databaseName?: string) {
  const app = databaseName
    ? await rebuildFromStorage(databaseName, EPISODE)
    : await startTestApp(EPISODE);
  await act(() => episodesMarked('ballard', ['S1E1', 'S1E2'], true));
  await screen.findByRole('heading', { name: 'Add a note' });
  return app;
}

it('keeps a new note being typed across a reload, says so, and once it is saved lists the note, not the draft', async () => {
  const { user, databaseName } = await episodeOpened();
  await user.type(field('Add a note', 'Title'), 'Half a thought');
  await user.type(field('Add a note', 'Note'), 'The van again');

  await episodeOpened(databaseName);
  expect(field('Add a note', 'Title')).toHaveValue('Half a thought');
  expect(field('Add a note', 'Note')).toHaveValue('The van again');
  expect(within(form('Add a note')).getByRole('status')).toHaveTextContent(
    'Your unsaved note was kept.',
  );
  await user.click(within(form('Add a note')).getByRole('button', { name: 'Save note' }));
  expect(within(notesRegion()).getByRole('heading', { name: 'Half a thought' })).toBeVisible();

  await episodeOpened(databaseName);
  expect(
    await within(notesRegion()).findByRole('heading', { name: 'Half a thought' }),
  ).toBeVisible();
  expect(field('Add a note', 'Title')).toHaveValue('');
  expect(within(notesRegion()).queryByText('Your unsaved note was kept.')).toBeNull();
});

it('reopens an edit a reload interrupted with its text, and forgets it when cancelled', async () => {
  const { user, databaseName } = await episodeOpened();
  await user.type(field('Add a note', 'Title'), 'The storage room');
  await user.click(within(form('Add a note')).getByRole('button', { name: 'Save note' }));
  await user.click(within(notesRegion()).getByRole('button', { name: 'Edit “The storage room”' }));
  await user.type(field('Edit “The storage room”', 'Title'), ' downstairs');

  await episodeOpened(databaseName);
  expect(field('Edit “The storage room”', 'Title')).toHaveValue('The storage room downstairs');
  expect(within(form('Edit “The storage room”')).getByRole('status')).toHaveTextContent(
    'Your unsaved note was kept.',
  );
  await user.click(within(form('Edit “The storage room”')).getByRole('button', { name: 'Cancel' }));

  await episodeOpened(databaseName);
  expect(within(notesRegion()).queryByRole('form', { name: 'Edit “The storage room”' })).toBeNull();
  expect(within(notesRegion()).getByRole('heading', { name: 'The storage room' })).toBeVisible();
});

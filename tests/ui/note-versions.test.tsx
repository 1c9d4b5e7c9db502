import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { NoteVersions } from '../../src/domain/sync-notes';
import { openDatabase, type StoredNote } from '../../src/storage/database';
import { saveNote } from '../../src/storage/notes-repository';
import { activeProfileId } from '../../src/stores/active-profile';
import { episodesMarked } from '../../src/stores/progress-marks';
import { noteVersionKept } from '../../src/stores/sync-actions';
import { noteChoicesFound, useSyncStore } from '../../src/stores/sync-store';
import { startTestApp, stopTestApp } from './app-harness';

/**
 * A note edited on two devices while apart waits on its episode's page for the person to choose
 * the version to keep; each version is gated as a note is. The sync engine is not running here:
 * what a page asks of it is what these tests check.
 */

vi.mock('../../src/stores/sync-actions', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/stores/sync-actions')>()),
  noteVersionKept: vi.fn(),
}));

afterEach(() => {
  stopTestApp();
  useSyncStore.setState({ byProfile: {}, noteChoices: {} });
  vi.mocked(noteVersionKept).mockClear();
});

const note = (spoils: string, title: string, body: string): StoredNote => ({
  id: 'note-olivas',
  showId: 'ballard',
  updatedAt: 1,
  kind: 'note',
  spoils,
  title,
  body,
  characters: [],
  keywords: [],
  date: null,
  source: null,
});

const INTRO = 'Changed on two devices. Choose the version to keep.';
const notesRegion = () => screen.getByRole('region', { name: 'Your notes' });

/** The app with S1E1 watched, `stored` on this device, and sync having found `versions` of it. */
async function withVersions(stored: StoredNote, versions: NoteVersions['versions']) {
  const app = await startTestApp('/');
  await act(() => episodesMarked('ballard', ['S1E1'], true));
  const database = await openDatabase(app.databaseName);
  await saveNote(database, activeProfileId(), stored);
  database.close();
  const choice: NoteVersions = { showId: 'ballard', noteId: stored.id, versions };
  act(() => noteChoicesFound(activeProfileId(), [choice]));
  return { ...app, choice };
}

async function episodeOpened(router: { navigate: (path: string) => Promise<void> }, code: string) {
  await act(() => router.navigate(`/shows/ballard/episodes/${code}`));
  await screen.findByRole('heading', { name: 'Add a note' });
}

it('shows each version of a note changed on two devices and keeps the one chosen', async () => {
  const stored = note('S1E1', 'Olivas did it', 'The van at the end.');
  const { user, router, choice } = await withVersions(stored, [
    { rev: '2-here', note: stored },
    { rev: '2-there', note: note('S1E1', 'Samuels did it', 'The **badge** gave him away.') },
  ]);
  await episodeOpened(router, 'S1E1');

  const region = notesRegion();
  expect(
    await within(region).findByRole('heading', { level: 3, name: 'Olivas did it' }),
  ).toBeVisible();
  const versions = within(within(region).getByRole('group', { name: INTRO }));
  expect(versions.getByRole('heading', { level: 4, name: 'Version 1' })).toBeVisible();
  expect(versions.getByRole('heading', { level: 5, name: 'Olivas did it' })).toBeVisible();
  expect(versions.getByRole('heading', { level: 4, name: 'Version 2' })).toBeVisible();
  expect(versions.getByRole('heading', { level: 5, name: 'Samuels did it' })).toBeVisible();
  expect(versions.getByText('badge', { selector: 'strong' })).toBeVisible();
  expect(versions.getAllByText('Spoils S1E1')).toHaveLength(2);

  await user.click(versions.getByRole('button', { name: 'Keep version 2' }));
  expect(noteVersionKept).toHaveBeenCalledTimes(1);
  expect(noteVersionKept).toHaveBeenCalledWith(choice, '2-there');

  // The engine stores the chosen version, and the choice is gone from every page.
  act(() => noteChoicesFound(activeProfileId(), []));
  expect(within(region).queryByRole('group', { name: INTRO })).not.toBeInTheDocument();
  expect(within(region).getByRole('button', { name: 'Edit “Olivas did it”' })).toHaveFocus();
});

it('covers a version tied to an unwatched episode, and still lets it be kept unread', async () => {
  const stored = note('S1E1', 'Olivas did it', 'The van at the end.');
  const secretTitle = 'Samuels was the mole';
  const secretBody = 'Found out in the ninth.';
  const { user, router, choice } = await withVersions(stored, [
    { rev: '2-here', note: stored },
    { rev: '2-there', note: note('S1E9', secretTitle, secretBody) },
  ]);
  await episodeOpened(router, 'S1E1');

  const group = await within(notesRegion()).findByRole('group', { name: INTRO });
  const versions = within(group);
  expect(versions.getByRole('heading', { name: 'Olivas did it' })).toBeVisible();
  expect(versions.getByText('Opens after S1E9')).toBeVisible();
  expect(document.body.innerHTML).not.toContain(secretTitle);
  expect(document.body.innerHTML).not.toContain(secretBody);

  await user.click(versions.getByRole('button', { name: 'Keep version 2' }));
  expect(noteVersionKept).toHaveBeenCalledWith(choice, '2-there');
});

it('keeps a covered note its placeholder, offering nothing of its versions', async () => {
  const stored = note('S1E9', 'Samuels was the mole', 'Found out in the ninth.');
  const { router } = await withVersions(stored, [
    { rev: '2-here', note: stored },
    // Moved back to a watched episode on the other device: still nothing shows until chosen.
    { rev: '2-there', note: note('S1E1', 'The mole, moved back', 'Said on another device.') },
  ]);
  await episodeOpened(router, 'S1E9');

  const region = notesRegion();
  expect(await within(region).findByText('Opens after S1E9')).toBeVisible();
  expect(within(region).queryByRole('group', { name: INTRO })).not.toBeInTheDocument();
  expect(within(region).queryByRole('button', { name: /^Keep/ })).not.toBeInTheDocument();
  for (const text of [
    INTRO,
    'Samuels was the mole',
    'Found out in the ninth.',
    'The mole, moved back',
    'Said on another device.',
  ]) {
    expect(document.body.innerHTML).not.toContain(text);
  }
});

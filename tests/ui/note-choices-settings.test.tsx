import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { NoteVersions } from '../../src/domain/sync-notes';
import type { OwnNote } from '../../src/domain/own-note';
import { activeProfileId } from '../../src/stores/active-profile';
import { noteChoicesFound, profileSyncShown, useSyncStore } from '../../src/stores/sync-store';
import { startTestApp, stopTestApp } from './app-harness';

/**
 * Settings say how many notes wait for a choice of version and where, never what they say: a
 * title there could be one the gate covers on its episode's page.
 */

afterEach(() => {
  stopTestApp();
  useSyncStore.setState({ byProfile: {}, noteChoices: {} });
});

const version = (noteId: string, title: string): OwnNote => ({
  id: noteId,
  showId: 'ballard',
  updatedAt: 1,
  kind: 'note',
  spoils: 'S1E9',
  title,
  body: `${title}, in full.`,
  characters: [],
  keywords: [],
  date: null,
  source: null,
});

const choice = (noteId: string): NoteVersions => ({
  showId: 'ballard',
  noteId,
  versions: [
    { rev: '2-here', note: version(noteId, `${noteId} here`) },
    { rev: '2-there', note: version(noteId, `${noteId} there`) },
  ],
});

async function syncSettings() {
  await startTestApp('/settings');
  act(() =>
    profileSyncShown(activeProfileId(), {
      address: 'https://couch.example.org/previously',
      user: '',
      report: { state: 'synced', syncedAt: null, waiting: 0 },
    }),
  );
  return within(await screen.findByRole('region', { name: 'Sync' }));
}

it('counts the notes that wait for a choice, and names none of them', async () => {
  const sync = await syncSettings();
  expect(sync.queryByText(/changed on two devices/)).not.toBeInTheDocument();
  // Read from the whole page from here on: the section may be drawn again as the page settles.

  act(() => noteChoicesFound(activeProfileId(), [choice('mole-theory'), choice('van-theory')]));
  expect(
    await screen.findByText(
      '2 notes were changed on two devices. Each waits on its episode’s page for you to choose the version to keep.',
    ),
  ).toBeVisible();
  expect(document.body.innerHTML).not.toMatch(/mole-theory|van-theory/);

  act(() => noteChoicesFound(activeProfileId(), [choice('mole-theory')]));
  expect(
    await screen.findByText(
      '1 note was changed on two devices. It waits on its episode’s page for you to choose the version to keep.',
    ),
  ).toBeVisible();
  expect(document.body.innerHTML).not.toContain('mole-theory');
});

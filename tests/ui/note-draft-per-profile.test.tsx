import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { rebuildFromStorage, startTestApp, stopTestApp } from './app-harness';

/**
 * Each profile has its own notes (a viewer of this browser), so a note one of them is typing is
 * theirs too: another profile never meets it, and it waits for its writer.
 */

afterEach(stopTestApp);

const EPISODE = '/shows/ballard/episodes/S1E1';
const DRAFT_TITLE = 'Olivas did it';
const DRAFT_BODY = 'Called it: the van at the end.';

const addForm = () => screen.getByRole('form', { name: 'Add a note' });
const field = (name: string) => within(addForm()).getByRole('textbox', { name });
const switcher = () => screen.getByRole('combobox', { name: 'Profile' });

async function episodeNotesShown() {
  await screen.findByRole('heading', { name: 'Add a note' });
  await within(screen.getByRole('region', { name: 'Your notes' })).findByText(
    'You have no notes on this episode yet.',
  );
}

async function switchedTo(user: UserEvent, name: string) {
  await user.selectOptions(switcher(), name);
  expect(switcher()).toHaveDisplayValue(name);
  await episodeNotesShown();
}

/** Me starts a note on S1E1 with Ben's profile there too, and leaves it unsaved. */
async function meTypingWithBenThere() {
  const app = await startTestApp('/settings');
  const profiles = within(await screen.findByRole('region', { name: 'Profiles' }));
  await app.user.type(profiles.getByRole('textbox', { name: 'New profile' }), 'Ben');
  await app.user.click(profiles.getByRole('button', { name: 'Add profile' }));
  await screen.findByRole('combobox', { name: 'Profile' });
  await app.router.navigate(EPISODE);
  await episodeNotesShown();
  await app.user.type(field('Title'), DRAFT_TITLE);
  await app.user.type(field('Note'), DRAFT_BODY);
  return app;
}

it('shows another profile an empty note form, and gives the note being typed back to its writer', async () => {
  const { user } = await meTypingWithBenThere();

  await switchedTo(user, 'Ben');
  expect(field('Title')).toHaveValue('');
  expect(field('Note')).toHaveValue('');
  expect(within(addForm()).queryByText('Your unsaved note was kept.')).toBeNull();
  expect(document.body.innerHTML).not.toContain(DRAFT_TITLE);

  await switchedTo(user, 'Me');
  expect(field('Title')).toHaveValue(DRAFT_TITLE);
  expect(field('Note')).toHaveValue(DRAFT_BODY);
});

it('keeps the note being typed from another profile across a reload', async () => {
  const { user, databaseName } = await meTypingWithBenThere();
  await switchedTo(user, 'Ben');

  await rebuildFromStorage(databaseName, EPISODE);
  await episodeNotesShown();
  expect(switcher()).toHaveDisplayValue('Ben');
  expect(field('Title')).toHaveValue('');
  expect(document.body.innerHTML).not.toContain(DRAFT_TITLE);
  await user.type(field('Title'), 'Ben’s own');

  await switchedTo(user, 'Me');
  expect(field('Title')).toHaveValue(DRAFT_TITLE);
  expect(field('Note')).toHaveValue(DRAFT_BODY);
});

it('gives back a note being typed that a version without profiles in its drafts kept', async () => {
  // Kept by the version before, which named no profile, in the tab's session storage.
  sessionStorage.setItem(
    'previously-note-draft:ballard/S1E1/new',
    JSON.stringify({ title: DRAFT_TITLE, body: DRAFT_BODY, spoils: 'S1E1' }),
  );
  await startTestApp(EPISODE);
  await episodeNotesShown();

  expect(field('Title')).toHaveValue(DRAFT_TITLE);
  expect(field('Note')).toHaveValue(DRAFT_BODY);
  expect(within(addForm()).getByRole('status')).toHaveTextContent('Your unsaved note was kept.');
});

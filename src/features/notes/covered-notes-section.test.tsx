import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { startTestApp, stopTestApp } from '../../../tests/ui/app-harness';

afterEach(stopTestApp);

const TITLE = 'Olivas is dirty';
const BODY = 'Called it in episode one.';

/** Writes a note on S1E7 with nothing watched, then goes to the show page. */
async function coveredNoteOnShowPage() {
  const app = await startTestApp('/shows/ballard/episodes/S1E7');
  const { user } = app;
  const form = await screen.findByRole('form', { name: 'Add a note' });
  await user.type(within(form).getByRole('textbox', { name: 'Title' }), TITLE);
  await user.click(within(form).getByRole('textbox', { name: 'Note' }));
  await user.paste(BODY);
  await user.click(within(form).getByRole('button', { name: 'Save note' }));
  expect(screen.getByText(/stays covered until you have watched S1E7/)).toBeVisible();
  await user.click(screen.getByRole('link', { name: 'Ballard' }));
  const region = await screen.findByRole('region', { name: 'Your covered notes' });
  return { ...app, region };
}

it('lists a covered note by when it opens only, and deletes it without showing it', async () => {
  const { user, region } = await coveredNoteOnShowPage();
  expect(within(region).getByText('Opens after S1E7')).toBeVisible();
  expect(within(region).getByRole('listitem')).toHaveTextContent(/^Note · Opens after S1E7Edit/);
  expect(document.body.innerHTML).not.toContain(TITLE);
  expect(document.body.innerHTML).not.toContain(BODY);

  await user.click(within(region).getByRole('button', { name: 'Delete covered note 1' }));
  const dialog = screen.getByRole('alertdialog', {
    name: 'Delete your note that opens after S1E7?',
  });
  expect(document.body.innerHTML).not.toContain(TITLE);
  await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
  expect(within(region).getByRole('status')).toHaveTextContent('Deleted your covered note.');
  expect(within(region).queryByRole('listitem')).not.toBeInTheDocument();
});

it('opens a covered note in the edit form only when asked, and saves it still covered', async () => {
  const { user, region } = await coveredNoteOnShowPage();
  await user.click(within(region).getByRole('button', { name: 'Edit covered note 1' }));
  const form = within(region).getByRole('form', { name: 'Edit covered note 1' });
  const title = within(form).getByRole('textbox', { name: 'Title' });
  expect(title).toHaveValue(TITLE);
  await user.clear(title);
  await user.type(title, 'Olivas is crooked');
  await user.click(within(form).getByRole('button', { name: 'Save changes' }));

  expect(within(region).getByRole('status')).toHaveTextContent('Saved your covered note.');
  expect(within(region).getByText('Opens after S1E7')).toBeVisible();
  expect(document.body.innerHTML).not.toContain('Olivas is crooked');
  expect(document.body.innerHTML).not.toContain(BODY);
});

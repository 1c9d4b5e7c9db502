import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { FIRST_PROFILE, openDatabase } from '../../storage/database';
import { saveNote } from '../../storage/notes-repository';
import { episodesMarked } from '../../stores/progress-marks';
import { rebuildFromStorage, startTestApp, stopTestApp } from '../../../tests/ui/app-harness';

afterEach(stopTestApp);

const notesRegion = () => screen.getByRole('region', { name: 'Your notes' });

async function openEpisode(path: string, watchedThrough: string[] = []) {
  const app = await startTestApp(path);
  if (watchedThrough.length > 0) await act(() => episodesMarked('ballard', watchedThrough, true));
  await screen.findByRole('heading', { name: 'Add a note' });
  return app;
}

it('adds a Markdown note on a watched episode, edits it and deletes it after asking', async () => {
  const { user } = await openEpisode('/shows/ballard/episodes/S1E2', ['S1E1', 'S1E2']);
  const form = within(notesRegion()).getByRole('form', { name: 'Add a note' });
  expect(within(form).getByRole('combobox', { name: 'Spoils' })).toHaveValue('S1E2');

  await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'The storage room');
  await user.click(within(form).getByRole('textbox', { name: 'Note' }));
  await user.paste('The unit works out of a **storage room**. See [LAPD](https://lapdonline.org).');
  await user.click(within(form).getByRole('button', { name: 'Save note' }));

  const region = notesRegion();
  expect(within(region).getByRole('heading', { level: 3, name: 'The storage room' })).toBeVisible();
  expect(within(region).getByText('storage room', { selector: 'strong' })).toBeVisible();
  expect(within(region).getByRole('link', { name: 'LAPD' })).toHaveAttribute(
    'href',
    'https://lapdonline.org',
  );
  expect(within(region).getByRole('status')).toHaveTextContent('Added “The storage room”.');
  expect(within(region).getByRole('textbox', { name: 'Title' })).toHaveValue('');

  await user.click(within(region).getByRole('button', { name: 'Edit “The storage room”' }));
  const editForm = within(region).getByRole('form', { name: 'Edit “The storage room”' });
  const title = within(editForm).getByRole('textbox', { name: 'Title' });
  await user.clear(title);
  await user.type(title, 'The basement');
  await user.click(within(editForm).getByRole('button', { name: 'Save changes' }));
  expect(within(region).getByRole('heading', { level: 3, name: 'The basement' })).toBeVisible();
  expect(within(region).queryByText('The storage room')).not.toBeInTheDocument();

  await user.click(within(region).getByRole('button', { name: 'Delete “The basement”' }));
  const dialog = screen.getByRole('alertdialog', { name: 'Delete the note “The basement”?' });
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  expect(within(region).getByRole('heading', { name: 'The basement' })).toBeVisible();
  await user.click(within(region).getByRole('button', { name: 'Delete “The basement”' }));
  await user.click(screen.getByRole('button', { name: 'Delete' }));
  expect(within(region).queryByRole('heading', { name: 'The basement' })).not.toBeInTheDocument();
  expect(within(region).getByText('You have no notes on this episode yet.')).toBeVisible();
});

it('sets a right-to-left note title apart in the status, its Edit button and its edit form', async () => {
  const { user } = await openEpisode('/shows/ballard/episodes/S1E1', ['S1E1']);
  const title = 'המחסן 7';
  const form = within(notesRegion()).getByRole('form', { name: 'Add a note' });
  await user.type(within(form).getByRole('textbox', { name: 'Title' }), title);
  await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'A guess.');
  await user.click(within(form).getByRole('button', { name: 'Save note' }));

  const status = within(notesRegion()).getByRole('status');
  expect(status).toHaveTextContent(`Added “${title}”.`);
  expect(status.querySelector('bdi')).toHaveTextContent(title);
  const edit = within(notesRegion()).getByRole('button', { name: `Edit “${title}”` });
  expect(edit.querySelector('bdi')).toHaveTextContent(title);

  await user.click(edit);
  const editForm = within(notesRegion()).getByRole('form', { name: `Edit “${title}”` });
  const heading = within(editForm).getByRole('heading', { level: 3 });
  expect(heading.querySelector('bdi')).toHaveTextContent(title);
});

it('keeps a note that spoils an unwatched episode covered, showing only its kind and code', async () => {
  const { user, router } = await openEpisode('/shows/ballard/episodes/S1E1', ['S1E1']);
  const form = within(notesRegion()).getByRole('form', { name: 'Add a note' });
  await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Olivas did it');
  await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Called it early.');
  const spoils = within(form).getByRole('combobox', { name: 'Spoils' });
  await user.clear(spoils);
  await user.type(spoils, 'S1E3');
  await user.click(within(form).getByRole('button', { name: 'Save note' }));
  expect(within(notesRegion()).getByRole('status')).toHaveTextContent(
    'Added your note. It spoils S1E3, so it is on that episode’s page, covered until you have watched it.',
  );
  expect(document.body.innerHTML).not.toContain('Olivas did it');

  await act(() => router.navigate('/shows/ballard/episodes/S1E3'));
  const region = await screen.findByRole('region', { name: 'Your notes' });
  expect(within(region).getByText('Opens after S1E3')).toBeVisible();
  expect(document.body.innerHTML).not.toContain('Olivas did it');
  expect(document.body.innerHTML).not.toContain('Called it early');
  expect(document.body.innerHTML).not.toMatch(/note-[0-9a-z]+-/);

  await user.click(within(region).getByRole('button', { name: 'Reveal' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal' }));
  expect(within(region).getByRole('heading', { name: 'Olivas did it' })).toBeVisible();
});

it('saves a note that holds HTML or a javascript: link, showing it as text', async () => {
  const { user } = await openEpisode('/shows/ballard/episodes/S1E1', ['S1E1']);
  const form = within(notesRegion()).getByRole('form', { name: 'Add a note' });
  await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'A <b>bold</b> title');
  await user.click(within(form).getByRole('textbox', { name: 'Note' }));
  await user.paste(
    'I <3 Bosch, and a<b <img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))',
  );
  await user.click(within(form).getByRole('button', { name: 'Save note' }));

  const region = notesRegion();
  expect(
    within(region).getByRole('heading', { level: 3, name: 'A <b>bold</b> title' }),
  ).toBeVisible();
  expect(
    within(region).getByText('I <3 Bosch, and a<b <img src=x onerror=alert(1)>'),
  ).toBeVisible();
  expect(within(region).getByText('click')).toBeVisible();
  expect(within(region).queryByRole('link', { name: 'click' })).toBeNull();
  expect(region.querySelector('img, b, [href^="javascript"]')).toBeNull();
});

it('refuses a note without a title, naming the field, and saves nothing', async () => {
  const { user, databaseName } = await openEpisode('/shows/ballard/episodes/S1E1', ['S1E1']);
  const form = within(notesRegion()).getByRole('form', { name: 'Add a note' });
  const title = within(form).getByRole('textbox', { name: 'Title' });
  await user.click(within(form).getByRole('textbox', { name: 'Note' }));
  await user.paste('No title yet.');
  await user.click(within(form).getByRole('button', { name: 'Save note' }));

  expect(title).toHaveAccessibleDescription('Title must not be empty');
  expect(title).toHaveAttribute('aria-invalid', 'true');
  expect(title).toHaveFocus();

  const database = await openDatabase(databaseName);
  expect(await database.count('notes')).toBe(0);
  database.close();
});

it('keeps notes across a reload, and shows another tab’s note when told', async () => {
  const { user, databaseName } = await openEpisode('/shows/ballard/episodes/S1E1', ['S1E1']);
  const form = within(notesRegion()).getByRole('form', { name: 'Add a note' });
  await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Kept');
  await user.click(within(form).getByRole('button', { name: 'Save note' }));

  await rebuildFromStorage(databaseName, '/shows/ballard/episodes/S1E1');
  const region = await screen.findByRole('region', { name: 'Your notes' });
  expect(await within(region).findByRole('heading', { name: 'Kept' })).toBeVisible();

  const otherTab = await openDatabase(databaseName);
  await saveNote(otherTab, FIRST_PROFILE.id, {
    id: 'note-other-tab',
    showId: 'ballard',
    updatedAt: 1,
    kind: 'note',
    spoils: 'S1E1',
    title: 'From the other tab',
    body: '',
    characters: [],
    keywords: [],
    date: null,
    source: null,
  });
  otherTab.close();
  const channel = new BroadcastChannel('previously-sync');
  channel.postMessage({ type: 'notes', showId: 'ballard' });
  channel.close();
  expect(await within(region).findByRole('heading', { name: 'From the other tab' })).toBeVisible();
});

it('keeps and lists a note whose episode a replaced show no longer has', async () => {
  const { user, router, databaseName } = await openEpisode('/shows/ballard/episodes/S1E1', [
    'S1E1',
  ]);
  const database = await openDatabase(databaseName);
  await saveNote(database, FIRST_PROFILE.id, {
    id: 'note-on-s1e5',
    showId: 'ballard',
    updatedAt: 1,
    kind: 'note',
    spoils: 'S1E5',
    title: 'The fifth',
    body: 'About episode five.',
    characters: [],
    keywords: [],
    date: null,
    source: null,
  });
  database.close();

  await act(() => router.navigate('/add'));
  const shorter = {
    format: 'previously-pack',
    version: 1,
    show: { id: 'ballard', title: 'Ballard' },
    episodes: ['S1E1', 'S1E2', 'S1E3', 'S1E4'].map((code) => ({ code })),
  };
  await user.upload(
    await screen.findByLabelText('Import recap pack'),
    new File([JSON.stringify(shorter)], 'shorter.json'),
  );
  await user.click(await screen.findByRole('button', { name: 'Replace' }));
  expect(
    await screen.findByText(
      /1 of your notes points at an episode this show no longer lists \(S1E5\)\. It is kept/,
    ),
  ).toBeVisible();

  await act(() => router.navigate('/shows/ballard/episodes/S1E1'));
  const region = await screen.findByRole('region', { name: 'Your notes' });
  expect(
    await within(region).findByRole('heading', {
      name: 'Notes not tied to an episode this show lists',
    }),
  ).toBeVisible();
  expect(within(region).getByText('Opens after an episode this show does not list')).toBeVisible();
  expect(document.body.innerHTML).not.toContain('The fifth');

  await user.click(within(region).getByRole('button', { name: 'Reveal' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal' }));
  await user.click(within(region).getByRole('button', { name: 'Edit “The fifth”' }));
  const editForm = within(within(region).getByRole('form', { name: 'Edit “The fifth”' }));
  expect(editForm.getByRole('combobox', { name: 'Spoils' })).toHaveValue('S1E1');
  await user.click(editForm.getByRole('button', { name: 'Save changes' }));
  expect(within(region).getByRole('heading', { level: 3, name: 'The fifth' })).toBeVisible();
  expect(
    within(region).queryByRole('heading', { name: 'Notes not tied to an episode this show lists' }),
  ).not.toBeInTheDocument();
});

it('names a note revealed early in the show’s list of what was revealed', async () => {
  const { user, router } = await openEpisode('/shows/ballard/episodes/S1E1', ['S1E1']);
  const form = within(notesRegion()).getByRole('form', { name: 'Add a note' });
  await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'A hunch about S1E3');
  await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Watch the partner.');
  const spoils = within(form).getByRole('combobox', { name: 'Spoils' });
  await user.clear(spoils);
  await user.type(spoils, 'S1E3');
  await user.click(within(form).getByRole('button', { name: 'Save note' }));
  await act(() => router.navigate('/shows/ballard/episodes/S1E3'));
  const region = await screen.findByRole('region', { name: 'Your notes' });
  await user.click(within(region).getByRole('button', { name: 'Reveal' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal' }));

  await act(() => router.navigate('/shows/ballard'));
  const revealed = await screen.findByRole('region', { name: 'Revealed early' });
  expect(await within(revealed).findByText('Note: A hunch about S1E3')).toBeVisible();
});

it('keeps an open edit with its note when an earlier note is deleted', async () => {
  const { user } = await openEpisode('/shows/ballard/episodes/S1E1', ['S1E1']);
  for (const title of ['Alpha', 'Beta', 'Gamma']) {
    const form = within(notesRegion()).getByRole('form', { name: 'Add a note' });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), title);
    await user.type(within(form).getByRole('textbox', { name: 'Note' }), `body of ${title}`);
    await user.click(within(form).getByRole('button', { name: 'Save note' }));
    await within(notesRegion()).findByRole('heading', { level: 3, name: title });
  }
  const region = notesRegion();
  await user.click(within(region).getByRole('button', { name: 'Edit “Beta”' }));
  const editBody = within(within(region).getByRole('form', { name: 'Edit “Beta”' })).getByRole(
    'textbox',
    { name: 'Note' },
  );
  await user.type(editBody, ', revised');

  await user.click(within(region).getByRole('button', { name: 'Delete “Alpha”' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
  const editForm = within(region).getByRole('form', { name: 'Edit “Beta”' });
  expect(within(editForm).getByRole('textbox', { name: 'Note' })).toHaveValue(
    'body of Beta, revised',
  );
  await user.click(within(editForm).getByRole('button', { name: 'Save changes' }));

  expect(await within(region).findByText('body of Beta, revised')).toBeVisible();
  expect(within(region).getByRole('heading', { level: 3, name: 'Gamma' })).toBeVisible();
  expect(within(region).getByText('body of Gamma')).toBeVisible();
});

it('cancels an edit with Escape: the note is unchanged and focus is back on Edit', async () => {
  const { user } = await openEpisode('/shows/ballard/episodes/S1E2', ['S1E1', 'S1E2']);
  const form = within(notesRegion()).getByRole('form', { name: 'Add a note' });
  await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'The storage room');
  await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'Out of a storage room.');
  await user.click(within(form).getByRole('button', { name: 'Save note' }));

  const region = notesRegion();
  await user.click(within(region).getByRole('button', { name: 'Edit “The storage room”' }));
  const editForm = within(region).getByRole('form', { name: 'Edit “The storage room”' });
  await user.type(within(editForm).getByRole('textbox', { name: 'Note' }), ' Changed my mind.');
  await user.keyboard('{Escape}');

  expect(
    within(region).queryByRole('form', { name: 'Edit “The storage room”' }),
  ).not.toBeInTheDocument();
  expect(within(region).getByText('Out of a storage room.')).toBeVisible();
  expect(within(region).queryByText(/Changed my mind/)).not.toBeInTheDocument();
  await waitFor(() =>
    expect(within(region).getByRole('button', { name: 'Edit “The storage room”' })).toHaveFocus(),
  );
});

it('stops naming a saved note in the status line once unmarking covers it', async () => {
  const { user } = await openEpisode('/shows/ballard/episodes/S1E3', ['S1E1', 'S1E2', 'S1E3']);
  const form = within(notesRegion()).getByRole('form', { name: 'Add a note' });
  await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Who took the file');
  await user.type(within(form).getByRole('textbox', { name: 'Note' }), 'A guess.');
  await user.click(within(form).getByRole('button', { name: 'Save note' }));
  const status = within(notesRegion()).getByRole('status');
  expect(status).toHaveTextContent('Added “Who took the file”.');

  await user.click(screen.getByRole('checkbox', { name: 'Watched S1E3' }));
  await waitFor(() => expect(status).toHaveTextContent('Added your note.'));
  expect(document.body.innerHTML).not.toContain('Who took the file');
});

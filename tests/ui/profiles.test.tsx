import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { rebuildFromStorage, startTestApp, stopTestApp } from './app-harness';
import { checkbox, showPageLoaded } from './marks';

afterEach(stopTestApp);

const profilesSection = () => screen.findByRole('region', { name: 'Profiles' });

async function addProfile(user: UserEvent, name: string) {
  const section = within(await profilesSection());
  await user.clear(section.getByRole('textbox', { name: 'New profile' }));
  await user.type(section.getByRole('textbox', { name: 'New profile' }), name);
  await user.click(section.getByRole('button', { name: 'Add profile' }));
}

const switcher = () => screen.queryByRole('combobox', { name: 'Profile' });

async function openBallard(user: UserEvent) {
  await user.click(screen.getByRole('link', { name: 'Library' }));
  await user.click(await screen.findByRole('link', { name: 'Ballard' }));
  await showPageLoaded();
}

async function openSettings(user: UserEvent) {
  await user.click(screen.getByRole('link', { name: 'Settings' }));
  await profilesSection();
}

describe('profiles', () => {
  it('keeps the switcher out of the way with one profile and shows it with two', async () => {
    const { user } = await startTestApp('/settings');
    const section = within(await profilesSection());
    expect(section.getByRole('button', { name: 'Rename Me' })).toBeVisible();
    expect(switcher()).toBeNull();
    expect(section.queryByRole('button', { name: /^Delete/ })).toBeNull();
    expect(section.getByText('The last profile cannot be deleted.')).toBeVisible();

    await addProfile(user, '  Ben ');

    expect(await screen.findByRole('combobox', { name: 'Profile' })).toBeVisible();
    expect(
      within(switcher()!)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Me', 'Ben']);
  });

  it('refuses an empty, too long or taken name, saying why', async () => {
    const { user } = await startTestApp('/settings');
    const section = within(await profilesSection());
    await user.click(section.getByRole('button', { name: 'Add profile' }));
    expect(section.getByRole('alert')).toHaveTextContent('Enter a name for the profile.');

    await addProfile(user, 'me');
    expect(section.getByRole('alert')).toHaveTextContent('Another profile already has that name.');

    await addProfile(user, 'x'.repeat(41));
    expect(section.getByRole('alert')).toHaveTextContent(
      'A profile name may have at most 40 characters.',
    );
    expect(switcher()).toBeNull();
  });

  it('renames a profile, and the name is kept across a reload', async () => {
    const { user, databaseName } = await startTestApp('/settings');
    await addProfile(user, 'Ben');
    const section = within(await profilesSection());
    await user.click(section.getByRole('button', { name: 'Rename Ben' }));
    const field = section.getByRole('textbox', { name: 'New name for Ben' });
    await user.clear(field);
    await user.type(field, 'Benjamin');
    await user.click(section.getByRole('button', { name: 'Save name' }));
    expect(await section.findByRole('button', { name: 'Rename Benjamin' })).toBeVisible();

    await rebuildFromStorage(databaseName, '/settings');
    expect(
      within(await profilesSection()).getByRole('button', { name: 'Rename Benjamin' }),
    ).toBeVisible();
    expect(within(switcher()!).getByRole('option', { name: 'Benjamin' })).toBeInTheDocument();
  });

  it("switches every page to the chosen profile's progress", async () => {
    const { user, databaseName } = await startTestApp('/settings');
    await addProfile(user, 'Ben');
    await openBallard(user);
    await user.click(checkbox('S1E1'));
    expect(checkbox('S1E1')).toBeChecked();

    await user.selectOptions(switcher()!, 'Ben');
    await waitFor(() => expect(checkbox('S1E1')).not.toBeChecked());
    await user.click(checkbox('S1E2'));

    await user.selectOptions(switcher()!, 'Me');
    await waitFor(() => expect(checkbox('S1E1')).toBeChecked());
    expect(checkbox('S1E2')).not.toBeChecked();

    // The choice is kept per browser.
    await user.selectOptions(switcher()!, 'Ben');
    await rebuildFromStorage(databaseName, '/shows/ballard');
    await showPageLoaded();
    expect(switcher()).toHaveValue(
      within(switcher()!).getByRole<HTMLOptionElement>('option', { name: 'Ben' }).value,
    );
    expect(checkbox('S1E1')).not.toBeChecked();
    expect(checkbox('S1E2')).toBeChecked();
  });

  it('asks before deleting, naming what goes, and can be undone until the page is left', async () => {
    const { user, databaseName } = await startTestApp('/settings');
    await addProfile(user, 'Ben');
    await user.selectOptions(switcher()!, 'Ben');
    await openBallard(user);
    await user.click(checkbox('S1E1'));
    await user.click(checkbox('S1E2'));
    await openSettings(user);

    const section = within(await profilesSection());
    await user.click(section.getByRole('button', { name: 'Delete Ben' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete Ben?' });
    expect(dialog).toHaveTextContent(
      'Their 2 watched episodes, 0 reveals and 0 notes go with them.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete profile' }));
    expect(section.queryByRole('button', { name: 'Rename Ben' })).toBeNull();
    expect(switcher()).toBeNull();

    await user.click(screen.getByRole('button', { name: /^Undo: deleted the profile Ben/ }));
    expect(await section.findByRole('button', { name: 'Rename Ben' })).toBeVisible();

    await user.click(section.getByRole('button', { name: 'Delete Ben' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: 'Delete profile',
      }),
    );
    await openBallard(user);
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(checkbox('S1E1')).not.toBeChecked();

    await rebuildFromStorage(databaseName, '/settings');
    const after = within(await profilesSection());
    expect(after.queryByRole('button', { name: 'Rename Ben' })).toBeNull();
    expect(switcher()).toBeNull();
  });
});

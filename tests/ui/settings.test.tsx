import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { packStored } from '../../src/stores/library-store';
import { rebuildFromStorage, startTestApp, stopTestApp } from './app-harness';
import { markWatchedThrough } from './marks';
import { TITLED_PACK } from './test-packs';

afterEach(stopTestApp);

async function openTinyShow(user: UserEvent) {
  await user.click(screen.getByRole('link', { name: 'Library' }));
  await user.click(await screen.findByRole('link', { name: 'Tiny Show' }));
  await screen.findByRole('heading', { level: 1, name: 'Tiny Show' });
}

async function chooseTitles(user: UserEvent, choice: string) {
  await user.click(await screen.findByRole('link', { name: 'Settings' }));
  const group = await screen.findByRole('group', { name: 'Upcoming episode titles' });
  await user.click(within(group).getByRole('radio', { name: choice }));
  expect(within(group).getByRole('radio', { name: choice })).toBeChecked();
}

function episodeLinkNames(): string[] {
  return screen
    .getAllByRole('link', { name: /^S1E\d/ })
    .map((link) => link.textContent.replace(/\s+/g, ' ').trim());
}

describe('upcoming episode titles', () => {
  it('shows the next title only, all titles, or none', async () => {
    const { user } = await startTestApp('/settings');
    await act(() => packStored(TITLED_PACK));
    const group = await screen.findByRole('group', { name: 'Upcoming episode titles' });
    expect(within(group).getByRole('radio', { name: 'Next episode only' })).toBeChecked();

    await openTinyShow(user);
    expect(episodeLinkNames()).toEqual(['S1E1 Pilot', 'S1E2 Episode 2', 'S1E3 Episode 3']);
    expect(screen.queryByText(/The Middle|The End/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Watched S1E1' }));
    expect(episodeLinkNames()).toEqual(['S1E1 Pilot', 'S1E2 The Middle', 'S1E3 Episode 3']);

    await chooseTitles(user, 'All');
    await openTinyShow(user);
    expect(episodeLinkNames()).toEqual(['S1E1 Pilot', 'S1E2 The Middle', 'S1E3 The End']);
    // A title setting never uncovers a synopsis.
    expect(screen.queryByText('Everything changes at the lighthouse.')).not.toBeInTheDocument();

    await chooseTitles(user, 'None');
    await openTinyShow(user);
    expect(episodeLinkNames()).toEqual(['S1E1 Pilot', 'S1E2 Episode 2', 'S1E3 Episode 3']);
    await user.click(screen.getByRole('checkbox', { name: 'Watched S1E1' }));
    expect(episodeLinkNames()).toEqual(['S1E1 Episode 1', 'S1E2 Episode 2', 'S1E3 Episode 3']);
    expect(document.body.innerHTML).not.toMatch(/Pilot|The Middle|The End/);
  });

  it('keeps the choice across a reload', async () => {
    const { user, databaseName } = await startTestApp('/settings');
    await chooseTitles(user, 'None');
    await rebuildFromStorage(databaseName, '/settings');
    const group = await screen.findByRole('group', { name: 'Upcoming episode titles' });
    expect(within(group).getByRole('radio', { name: 'None' })).toBeChecked();
  });
});

describe('one episode revealed early', () => {
  it('uncovers its title and synopsis only', async () => {
    const { user } = await startTestApp('/settings');
    await act(() => packStored(TITLED_PACK));
    await chooseTitles(user, 'None');
    await openTinyShow(user);
    expect(screen.getAllByRole('button', { name: 'Reveal' })).toHaveLength(3);

    // With no titles shown, every episode that has one is covered; reveal the second.
    const row = screen.getByRole('link', { name: 'S1E2 Episode 2' }).closest('li')!;
    await user.click(within(row).getByRole('button', { name: 'Reveal' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reveal something from S1E2?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));

    expect(screen.getByText('Everything changes at the lighthouse.')).toBeVisible();
    expect(episodeLinkNames()).toEqual(['S1E1 Episode 1', 'S1E2 The Middle', 'S1E3 Episode 3']);
    expect(screen.getByRole('link', { name: 'S1E2 The Middle' })).toHaveFocus();
    const revealed = screen.getByRole('region', { name: 'Revealed early' });
    expect(within(revealed).getByText('S1E2: title and synopsis')).toBeVisible();
  });
});

const resetSection = () => screen.getByRole('region', { name: 'Reset progress' });

describe('reset progress', () => {
  it('asks first, then marks every episode of the chosen show unwatched', async () => {
    const { user, databaseName } = await startTestApp('/shows/ballard');
    await act(() => packStored(TITLED_PACK));
    await screen.findByRole('checkbox', { name: 'Watched S1E3' });
    await markWatchedThrough(user, 'S1E3');
    expect(screen.getByRole('checkbox', { name: 'Watched S1E3' })).toBeChecked();

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    const show = await screen.findByRole('combobox', { name: 'Show' });
    expect(
      within(show)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Ballard', 'Tiny Show']);
    await user.selectOptions(show, 'Ballard');

    const reset = screen.getByRole('button', { name: 'Reset progress' });
    await user.click(reset);
    const dialog = screen.getByRole('alertdialog', { name: 'Reset your progress on Ballard?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(reset).toHaveFocus();

    await user.click(screen.getByRole('link', { name: 'Library' }));
    expect(
      await screen.findByRole('progressbar', { name: 'Ballard: 3 of 10 watched' }),
    ).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.click(await screen.findByRole('button', { name: 'Reset progress' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reset progress' }),
    );
    await waitFor(() =>
      expect(within(resetSection()).getByRole('status')).toHaveTextContent(
        'Your progress on Ballard was reset.',
      ),
    );
    // The title sits apart, so one written right to left cannot turn the sentence around.
    expect(within(resetSection()).getByRole('status').querySelector('bdi')).toHaveTextContent(
      /^Ballard$/,
    );

    await rebuildFromStorage(databaseName, '/');
    expect(
      await screen.findByRole('progressbar', { name: 'Ballard: 0 of 10 watched' }),
    ).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Next: S1E1' })).toBeVisible();
  });
});

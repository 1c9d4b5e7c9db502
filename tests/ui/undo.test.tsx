import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import { rebuildFromStorage, startTestApp, stopTestApp } from './app-harness';
import { sentence } from './sentence';
import { BALLARD_CODES, checkbox, markWatchedThrough, showPageLoaded, watchedCodes } from './marks';

afterEach(() => {
  vi.useRealTimers();
  stopTestApp();
});

const undoButton = (action: string) => screen.getByRole('button', { name: `Undo: ${action}` });
const anyUndo = () => screen.queryByRole('button', { name: /^Undo/ });

/** Takes the undo as a keyboard user does, and checks where focus lands. */
async function undoByKeyboard(
  user: Awaited<ReturnType<typeof startTestApp>>['user'],
  action: string,
) {
  undoButton(action).focus();
  await user.keyboard('{Enter}');
  expect(screen.getByText(sentence(`Undone: ${action}.`))).toHaveRole('status');
  expect(anyUndo()).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: `Dismiss message: ${action}` })).toHaveFocus();
}

async function expectStoredAfterReload(databaseName: string, codes: readonly string[]) {
  await rebuildFromStorage(databaseName, '/shows/ballard');
  await showPageLoaded();
  expect(watchedCodes()).toEqual(codes);
}

describe('undo', () => {
  it('takes back a single mark, on screen and in storage', async () => {
    const { user, databaseName } = await startTestApp('/shows/ballard');
    await showPageLoaded();

    await user.click(checkbox('S1E5'));
    expect(screen.getByText('You marked S1E5 watched.')).toHaveRole('status');
    await undoByKeyboard(user, 'marked S1E5 watched');

    expect(watchedCodes()).toEqual([]);
    // The offer to mark S1E1–S1E4 too went with the mark it was about.
    expect(screen.queryByRole('button', { name: /^Also mark/ })).not.toBeInTheDocument();
    await expectStoredAfterReload(databaseName, []);
  });

  it('takes back an unmark', async () => {
    const { user, databaseName } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    await markWatchedThrough(user, 'S1E4');

    await user.click(checkbox('S1E2'));
    expect(watchedCodes()).toEqual(['S1E1', 'S1E3', 'S1E4']);
    await undoByKeyboard(user, 'marked S1E2 unwatched');

    expect(watchedCodes()).toEqual(['S1E1', 'S1E2', 'S1E3', 'S1E4']);
    await expectStoredAfterReload(databaseName, ['S1E1', 'S1E2', 'S1E3', 'S1E4']);
  });

  it('takes back "through here" as one action, leaving what was watched before watched', async () => {
    const { user, databaseName } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    await user.click(checkbox('S1E3'));

    await user.click(checkbox('S1E9'));
    await user.click(
      screen.getByRole('button', { name: 'Also mark the 7 earlier episodes watched' }),
    );
    expect(watchedCodes()).toEqual(BALLARD_CODES.slice(0, 9));
    // One undo for checking S1E9 and accepting the offer: what the user did as one.
    expect(screen.getAllByRole('button', { name: /^Undo/ })).toHaveLength(1);
    await undoByKeyboard(user, 'marked 8 episodes from S1E1 to S1E9 watched');

    expect(watchedCodes()).toEqual(['S1E3']);
    await expectStoredAfterReload(databaseName, ['S1E3']);
  });

  it('takes back only the earlier episodes when something else was done after checking', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();

    await user.click(checkbox('S1E4'));
    await user.click(checkbox('S1E8'));
    await user.click(screen.getByRole('button', { name: 'Also mark S1E1–S1E3 watched' }));
    expect(screen.getByText('S1E1–S1E3 marked watched.')).toBeVisible();
    await user.click(undoButton('marked S1E1–S1E3 watched'));

    expect(watchedCodes()).toEqual(['S1E4', 'S1E8']);
    // The offer's line said they were marked; that no longer holds, so it is gone.
    expect(screen.queryByText('S1E1–S1E3 marked watched.')).not.toBeInTheDocument();
  });

  it('takes back "Mark season watched"', async () => {
    const { user, databaseName } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    await user.click(checkbox('S1E1'));
    await user.click(checkbox('S1E7'));

    await user.click(screen.getByRole('button', { name: 'Mark Season 1 watched' }));
    expect(watchedCodes()).toEqual(BALLARD_CODES);
    expect(screen.getByRole('progressbar', { name: 'Season 1: 10 of 10 watched' })).toBeVisible();
    await undoByKeyboard(user, 'marked 8 episodes from S1E2 to S1E10 watched');

    expect(watchedCodes()).toEqual(['S1E1', 'S1E7']);
    await expectStoredAfterReload(databaseName, ['S1E1', 'S1E7']);
  });

  it('takes back a reset of progress, from the settings page', async () => {
    const { user, databaseName } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    await user.click(checkbox('S1E2'));
    await user.click(checkbox('S1E6'));

    await user.click(screen.getByRole('link', { name: 'Settings' }));
    await user.click(await screen.findByRole('button', { name: 'Reset progress' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reset your progress on Ballard?' });
    expect(within(dialog).getByText(/You can undo this right after/)).toBeVisible();
    await user.click(within(dialog).getByRole('button', { name: 'Reset progress' }));
    await screen.findByText(sentence('Your progress on Ballard was reset.'));
    const offer = screen.getByText(sentence('You reset your progress on Ballard.'));
    expect(offer.querySelector('bdi')).toHaveTextContent(/^Ballard$/);
    expect(undoButton('reset your progress on Ballard').querySelector('bdi')).toHaveTextContent(
      /^Ballard$/,
    );

    await undoByKeyboard(user, 'reset your progress on Ballard');
    await user.click(screen.getByRole('link', { name: 'Library' }));
    expect(
      await screen.findByRole('progressbar', { name: 'Ballard: 2 of 10 watched' }),
    ).toBeVisible();
    await expectStoredAfterReload(databaseName, ['S1E2', 'S1E6']);
  });

  it('offers one undo at a time, for the latest action, and keeps it until dismissed', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();

    await user.click(checkbox('S1E1'));
    await user.click(checkbox('S1E2'));
    expect(screen.getAllByRole('button', { name: /^Undo/ })).toHaveLength(1);
    expect(undoButton('marked S1E2 watched')).toBeVisible();

    // No timer takes it away, however long the user takes to decide.
    vi.useFakeTimers();
    act(() => vi.advanceTimersByTime(10 * 60_000));
    vi.useRealTimers();
    expect(undoButton('marked S1E2 watched')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Dismiss message: marked S1E2 watched' }));
    expect(anyUndo()).not.toBeInTheDocument();
    expect(watchedCodes()).toEqual(['S1E1', 'S1E2']);
  });

  it('stays on other pages, and an action that changes nothing leaves it as it was', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    await user.click(screen.getByRole('button', { name: 'Mark Season 1 watched' }));
    await user.click(checkbox('S1E10'));

    await user.click(screen.getByRole('button', { name: 'Mark Season 1 watched' }));
    await user.click(screen.getByRole('button', { name: 'Mark Season 1 watched' }));
    await user.click(screen.getByRole('link', { name: 'S1E10 Episode 10' }));
    await screen.findByRole('heading', { level: 1, name: 'S1E10 Episode 10' });

    await user.click(undoButton('marked S1E10 watched'));
    await waitFor(() => expect(checkbox('S1E10')).not.toBeChecked());
  });
});

import { afterEach, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { startTestApp, stopTestApp } from './app-harness';
import { BALLARD_CODES, checkbox, showPageLoaded, watchedCodes } from './marks';

afterEach(stopTestApp);

it('marks a whole season from its heading, by keyboard', async () => {
  const { user } = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await user.click(checkbox('S1E3'));

  const markSeason = screen.getByRole('button', { name: 'Mark Season 1 watched' });
  markSeason.focus();
  await user.keyboard('{Enter}');

  expect(watchedCodes()).toEqual(BALLARD_CODES);
  expect(screen.getByRole('progressbar', { name: 'Season 1: 10 of 10 watched' })).toBeVisible();
  expect(markSeason).toHaveFocus();
});

it('has no "through here" button on every row: that offer comes only after checking one', async () => {
  const { user } = await startTestApp('/shows/ballard');
  await showPageLoaded();
  expect(screen.queryByRole('button', { name: /through/ })).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /^Also mark/ })).not.toBeInTheDocument();

  await user.click(checkbox('S1E4'));
  expect(screen.getAllByRole('button', { name: /^Also mark/ })).toHaveLength(1);
});

it('says on the library tile how many episodes before the furthest watched one are unwatched', async () => {
  const { user } = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await user.click(checkbox('S1E2'));
  await user.click(checkbox('S1E5'));

  await user.click(screen.getByRole('link', { name: 'Library' }));
  expect(
    await screen.findByRole('progressbar', { name: 'Ballard: 2 of 10 watched' }),
  ).toBeVisible();
  // S1E1, S1E3 and S1E4 lie before S1E5 and are not marked; what follows S1E5 is not skipped.
  expect(screen.getByText('3 skipped')).toBeVisible();

  await user.click(screen.getByRole('link', { name: 'Ballard' }));
  await showPageLoaded();
  await user.click(screen.getByRole('button', { name: 'Mark Season 1 watched' }));
  await user.click(screen.getByRole('link', { name: 'Library' }));
  await screen.findByRole('progressbar', { name: 'Ballard: 10 of 10 watched' });
  expect(screen.queryByText(/skipped/)).not.toBeInTheDocument();
});

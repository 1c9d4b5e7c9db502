import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { packStored } from '../../src/stores/library-store';
import { rebuildFromStorage, startTestApp, stopTestApp } from './app-harness';
import { showPageLoaded } from './marks';
import { sentence } from './sentence';
import { TWO_SEASON_PACK } from './test-packs';

afterEach(stopTestApp);

async function strictModeOn(user: UserEvent) {
  await user.click(screen.getByRole('checkbox', { name: 'Strict mode' }));
  expect(screen.getByRole('checkbox', { name: 'Strict mode' })).toBeChecked();
}

async function twoSeasonShowOpened() {
  const started = await startTestApp('/');
  await act(() => packStored(TWO_SEASON_PACK));
  await act(() => started.router.navigate('/shows/duo'));
  await screen.findByRole('heading', { level: 1, name: 'Two Seasons' });
  return started;
}

const episodeSection = () => screen.getByRole('region', { name: 'Recap, reveals and facts' });

it('collapses the finale’s placeholders into one that says neither how many nor what kind', async () => {
  const { user, router } = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await strictModeOn(user);

  await act(() => router.navigate('/shows/ballard/episodes/S1E10'));
  await screen.findByRole('heading', { level: 1, name: /S1E10/ });
  const section = episodeSection();
  expect(await within(section).findByText('Something here')).toBeVisible();
  expect(within(section).getByText('Opens after S1E10')).toBeVisible();
  expect(within(section).getAllByRole('button', { name: 'Reveal' })).toHaveLength(1);
  for (const kind of ['Recap', 'Reveal', 'Character fact', /not met/]) {
    expect(within(section).queryByText(kind, { ignore: 'button' })).not.toBeInTheDocument();
  }

  await user.click(within(section).getByRole('button', { name: 'Reveal' }));
  const dialog = screen.getByRole('alertdialog');
  expect(dialog).toHaveTextContent('S1E10');
  await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
  expect(await within(section).findAllByRole('article')).not.toHaveLength(0);
  expect(within(section).queryByRole('button', { name: 'Reveal' })).not.toBeInTheDocument();
});

it('keeps strict mode on after a reload and hides air dates', async () => {
  const { user, router, databaseName } = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await act(() => router.navigate('/shows/ballard/episodes/S1E1'));
  expect(await screen.findByText('Aired 2025-07-09')).toBeVisible();

  await act(() => router.navigate('/shows/ballard'));
  await showPageLoaded();
  await strictModeOn(user);
  await rebuildFromStorage(databaseName, '/shows/ballard/episodes/S1E1');
  await screen.findByRole('heading', { level: 1, name: /S1E1/ });
  await screen.findByRole('region', { name: 'Recap, reveals and facts' });
  expect(screen.queryByText(/Aired/)).not.toBeInTheDocument();
  expect(document.body.textContent).not.toContain('2025-07-09');
});

it('gives no count of a season not finished on the show page, the library or an episode page', async () => {
  const { user, router } = await twoSeasonShowOpened();
  await strictModeOn(user);
  await user.click(screen.getByRole('checkbox', { name: 'Watched S1E1' }));

  // Listed up to the next episode and no further; how much more is not said.
  expect(await screen.findByRole('checkbox', { name: 'Watched S1E2' })).toBeInTheDocument();
  expect(screen.queryByRole('checkbox', { name: 'Watched S1E3' })).not.toBeInTheDocument();
  expect(screen.queryByRole('heading', { name: 'Season 2' })).not.toBeInTheDocument();
  expect(screen.getByText('More episodes are hidden in strict mode.')).toBeVisible();
  expect(screen.getByText('1 watched')).toBeVisible();
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/\bof [46]\b|2024-|2025-/);

  await act(() => router.navigate('/shows/duo/episodes/S1E2'));
  await screen.findByRole('heading', { level: 1, name: /S1E2/ });
  expect(screen.getByRole('link', { name: /Previous: S1E1/ })).toBeVisible();
  expect(screen.queryByRole('link', { name: /Next:/ })).not.toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/S1E3|2024-/);

  await user.click(screen.getByRole('link', { name: 'Library' }));
  const tile = (await screen.findByRole('link', { name: 'Two Seasons' })).closest('li')!;
  expect(within(tile).getByText('1 watched')).toBeVisible();
  expect(tile.textContent).not.toMatch(/of 6/);
  expect(within(tile).queryByRole('progressbar')).not.toBeInTheDocument();
});

it('gives a season’s count once the whole season is watched', async () => {
  const { user } = await twoSeasonShowOpened();
  await strictModeOn(user);
  await user.click(screen.getByRole('button', { name: 'Mark Season 1 watched' }));

  expect(
    await screen.findByRole('progressbar', { name: 'Season 1: 4 of 4 watched' }),
  ).toBeVisible();
  expect(screen.getByRole('checkbox', { name: 'Watched S2E1' })).toBeInTheDocument();
  expect(screen.queryByRole('checkbox', { name: 'Watched S2E2' })).not.toBeInTheDocument();
  expect(screen.getByText('0 watched')).toBeVisible();
});

it('shows a cast with no first episodes only as the user says whom they met', async () => {
  const { user } = await twoSeasonShowOpened();
  const characters = screen.getByRole('region', { name: 'Characters so far' });
  expect(await within(characters).findByRole('link', { name: 'Inès Marlow' })).toBeVisible();

  await strictModeOn(user);
  expect(within(characters).queryByRole('link', { name: 'Inès Marlow' })).not.toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/Inès|Tom Quill|Ada Actor|Bo Actor/);

  const name = screen.getByRole('textbox', { name: 'Met someone new? Their whole name' });
  await user.type(name, 'Tom');
  await user.click(screen.getByRole('button', { name: 'I met them' }));
  expect(screen.getByText(/No one you have not met yet/)).toBeVisible();

  await user.clear(name);
  await user.type(name, 'ines MARLOW');
  await user.click(screen.getByRole('button', { name: 'I met them' }));
  expect(await within(characters).findByRole('link', { name: 'Inès Marlow' })).toBeVisible();
  expect(document.body.textContent).not.toMatch(/Tom Quill|Bo Actor/);
  const met = screen.getByText(sentence('ines MARLOW is now among the characters.'));
  expect(met).toHaveRole('status');
  expect(met.querySelector('bdi')).toHaveTextContent(/^ines MARLOW$/);
});

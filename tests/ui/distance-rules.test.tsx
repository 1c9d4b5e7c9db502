import { act, screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { packStored } from '../../src/stores/library-store';
import { rebuildFromStorage, startTestApp, stopTestApp } from './app-harness';
import { TWO_SEASON_PACK } from './test-packs';

afterEach(stopTestApp);

async function twoSeasonShowAfterS1E1() {
  const started = await startTestApp('/');
  await act(() => packStored(TWO_SEASON_PACK));
  await act(() => started.router.navigate('/shows/duo'));
  await screen.findByRole('heading', { level: 1, name: 'Two Seasons' });
  await started.user.click(screen.getByRole('checkbox', { name: 'Watched S1E1' }));
  return started;
}

const rule = (name: RegExp) => screen.getByRole('combobox', { name });

async function choose(user: UserEvent, name: RegExp, option: string) {
  await user.selectOptions(rule(name), option);
}

it('shows titles and synopses of upcoming episodes by their distance, as chosen for this show', async () => {
  const { user, databaseName } = await twoSeasonShowAfterS1E1();
  // The app-wide default: the next episode's title, nothing else.
  expect(screen.getByRole('link', { name: 'S1E2 Harbour' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'S1E3 Episode 3' })).toBeVisible();
  expect(screen.queryByText('The harbour master lies.')).not.toBeInTheDocument();

  await choose(user, /^Next episode/, 'Title and synopsis');
  await choose(user, /^Rest of its season/, 'Title');
  await choose(user, /^Later seasons/, 'Hidden');

  expect(await screen.findByText('The harbour master lies.')).toBeVisible();
  expect(screen.getByRole('link', { name: 'S1E3 Storm' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'S1E4 Wreck' })).toBeVisible();
  expect(screen.queryByText('The storm cuts the island off.')).not.toBeInTheDocument();
  expect(screen.getByRole('link', { name: 'S2E1 Episode 1' })).toBeVisible();
  expect(document.body.textContent).not.toMatch(/Return|Ashore|ferry returns|swims/);

  await rebuildFromStorage(databaseName, '/shows/duo');
  expect(await screen.findByText('The harbour master lies.')).toBeVisible();
  expect(rule(/^Later seasons/)).toHaveValue('hidden');

  await choose(user, /^Later seasons/, 'Title and synopsis');
  expect(await screen.findByRole('link', { name: 'S2E2 Ashore' })).toBeVisible();
  expect(screen.getByText('Someone swims ashore.')).toBeVisible();
});

it('goes back to the choice in Settings', async () => {
  const { user } = await twoSeasonShowAfterS1E1();
  await choose(user, /^Rest of its season/, 'Title and synopsis');
  expect(await screen.findByText('Divers find the wreck.')).toBeVisible();

  await user.click(screen.getByRole('button', { name: 'Use my choice in Settings' }));
  expect(await screen.findByRole('link', { name: 'S1E4 Episode 4' })).toBeVisible();
  expect(screen.queryByText('Divers find the wreck.')).not.toBeInTheDocument();
  expect(rule(/^Rest of its season/)).toHaveValue('hidden');
  expect(
    screen.queryByRole('button', { name: 'Use my choice in Settings' }),
  ).not.toBeInTheDocument();
});

import { afterEach, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { startTestApp, stopTestApp } from './app-harness';

afterEach(stopTestApp);

it('opens a lower-case episode code at its canonical address, replacing the typed one', async () => {
  const { router } = await startTestApp('/shows/ballard/episodes/s1e10');
  expect(await screen.findByRole('heading', { level: 1, name: 'S1E10 Episode 10' })).toBeVisible();
  expect(router.state.location.pathname).toBe('/shows/ballard/episodes/S1E10');
  expect(router.state.historyAction).toBe('REPLACE');
});

it('still says there is no such episode for an unknown code in any case', async () => {
  const { router } = await startTestApp('/shows/ballard/episodes/s9e99');
  expect(await screen.findByRole('heading', { level: 1, name: 'No such episode' })).toBeVisible();
  expect(router.state.location.pathname).toBe('/shows/ballard/episodes/S9E99');
});

it('opens a code written with leading zeros at its one address', async () => {
  const { router } = await startTestApp('/shows/ballard/episodes/S01E010');
  expect(await screen.findByRole('heading', { level: 1, name: 'S1E10 Episode 10' })).toBeVisible();
  expect(router.state.location.pathname).toBe('/shows/ballard/episodes/S1E10');
  expect(router.state.historyAction).toBe('REPLACE');
});

import { afterEach, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { startTestApp, stopTestApp } from './app-harness';

afterEach(stopTestApp);

it.each([
  ['/shows/no-such-show', 'No such show'],
  ['/shows/no-such-show/episodes/S1E1', 'No such show'],
  ['/shows/ballard/episodes/S9E9', 'No such episode'],
  ['/shows/ballard/episodes/not-a-code', 'No such episode'],
  ['/no/such/page', 'No such page'],
])('%s says "%s", with a way home', async (path, heading) => {
  await startTestApp(path);
  expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeVisible();
  expect(screen.getByRole('link', { name: 'Back to your shows' })).toHaveAttribute('href', '/');
  await waitFor(() => expect(document.title).toBe(`${heading} · Previously`));
});

import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { packStored } from '../../src/stores/library-store';
import { startTestApp, stopTestApp } from './app-harness';
import { TITLED_PACK } from './test-packs';

afterEach(stopTestApp);

/** Every title the tab takes, as browser history would keep them. */
function recordTabTitles(): { titles: string[]; stop: () => void } {
  const titles: string[] = [];
  const observer = new MutationObserver(() => titles.push(document.title));
  observer.observe(document.head, { subtree: true, childList: true, characterData: true });
  return { titles, stop: () => observer.disconnect() };
}

it('never puts an episode title in the tab title, even while the page shows it', async () => {
  const history = recordTabTitles();
  const { user, router } = await startTestApp('/settings');
  await act(() => packStored(TITLED_PACK));
  await act(() => router.navigate('/shows/tiny/episodes/S1E2'));
  const watched = await screen.findByRole('checkbox', { name: 'Watched S1E2' });
  // The next episode's title shows by default; the tab says only the code and the show.
  expect(await screen.findByRole('heading', { level: 1, name: 'S1E2 Episode 2' })).toBeVisible();

  await user.click(watched);
  expect(await screen.findByRole('heading', { level: 1, name: 'S1E2 The Middle' })).toBeVisible();
  await waitFor(() => expect(document.title).toBe('S1E2 · Tiny Show · Previously'));
  await user.click(screen.getByRole('checkbox', { name: 'Watched S1E2' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'S1E2 Episode 2' })).toBeVisible();

  history.stop();
  expect(history.titles).toContain('S1E2 · Tiny Show · Previously');
  for (const title of history.titles) expect(title).not.toMatch(/The Middle|The End|Pilot/);
});

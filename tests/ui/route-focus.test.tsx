import { afterEach, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { useLibraryStore } from '../../src/stores/library-store';
import { startTestApp, stopTestApp } from './app-harness';

afterEach(stopTestApp);

/** Focus follows the page's render by an effect (or, while it loads, by an observer). */
const expectFocusOn = (element: HTMLElement) => waitFor(() => expect(element).toHaveFocus());

it('leaves focus alone on first load, then puts it on each new page’s heading', async () => {
  const { router, user } = await startTestApp('/');
  await screen.findByRole('heading', { level: 1, name: 'Your shows' });
  expect(document.body).toHaveFocus();

  await user.click(screen.getByRole('link', { name: 'Ballard' }));
  await expectFocusOn(await screen.findByRole('heading', { level: 1, name: 'Ballard' }));

  await user.click(screen.getByRole('link', { name: 'S1E10 Episode 10' }));
  const episodeHeading = await screen.findByRole('heading', {
    level: 1,
    name: 'S1E10 Episode 10',
  });
  await expectFocusOn(episodeHeading);
  expect(episodeHeading).toHaveAttribute('tabindex', '-1');
  // The next Tab goes on into the page, not back to the header.
  await user.tab();
  expect(screen.getByRole('checkbox', { name: 'Watched S1E10' })).toHaveFocus();

  await user.click(screen.getByRole('link', { name: 'Settings' }));
  await expectFocusOn(await screen.findByRole('heading', { level: 1, name: 'Settings' }));

  await act(() => router.navigate(-1));
  await expectFocusOn(await screen.findByRole('heading', { level: 1, name: 'S1E10 Episode 10' }));
});

it('keeps focus on the main content while the new page loads, then moves it to the heading', async () => {
  const { router } = await startTestApp('/settings');
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  useLibraryStore.setState({ status: 'loading' });

  await act(() => router.navigate('/shows/ballard'));
  expect(await screen.findByText('Loading this show…')).toBeVisible();
  expect(screen.getByRole('main')).toHaveFocus();

  act(() => useLibraryStore.setState({ status: 'ready' }));
  await expectFocusOn(await screen.findByRole('heading', { level: 1, name: 'Ballard' }));
});

import { afterEach, expect, it } from 'vitest';
import { act, screen } from '@testing-library/react';
import { useLibraryStore } from '../../src/stores/library-store';
import { startTestApp, stopTestApp } from './app-harness';

afterEach(stopTestApp);

it('leaves focus alone on first load, then puts it on each new page’s heading', async () => {
  const { router, user } = await startTestApp('/');
  await screen.findByRole('heading', { level: 1, name: 'Your shows' });
  expect(document.body).toHaveFocus();

  await user.click(screen.getByRole('link', { name: 'Ballard' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Ballard' })).toHaveFocus();

  await user.click(screen.getByRole('link', { name: 'S1E10 Episode 10' }));
  const episodeHeading = await screen.findByRole('heading', {
    level: 1,
    name: 'S1E10 Episode 10',
  });
  expect(episodeHeading).toHaveFocus();
  expect(episodeHeading).toHaveAttribute('tabindex', '-1');
  // The next Tab goes on into the page, not back to the header.
  await user.tab();
  expect(screen.getByRole('checkbox', { name: 'Watched S1E10' })).toHaveFocus();

  await user.click(screen.getByRole('link', { name: 'Settings' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toHaveFocus();

  await act(() => router.navigate(-1));
  expect(await screen.findByRole('heading', { level: 1, name: 'S1E10 Episode 10' })).toHaveFocus();
});

it('puts focus on the main content while the new page has no heading yet', async () => {
  const { router } = await startTestApp('/settings');
  await screen.findByRole('heading', { level: 1, name: 'Settings' });
  useLibraryStore.setState({ status: 'loading' });

  await act(() => router.navigate('/shows/ballard'));
  expect(await screen.findByText('Loading this show…')).toBeVisible();
  expect(screen.getByRole('main')).toHaveFocus();
});

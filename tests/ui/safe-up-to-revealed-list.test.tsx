import { screen, within } from '@testing-library/react';
import { afterEach, it } from 'vitest';
import { safeUpToReset } from '../../src/stores/safe-up-to-store';
import { startTestApp, stopTestApp } from './app-harness';
import { expectNoneOnPage } from './ballard-secrets';
import { markWatchedThrough, showPageLoaded } from './marks';

afterEach(() => {
  stopTestApp();
  safeUpToReset();
});

const FINALE_NEWS = 'A cancellation would strand Ballard in a cell';

it('a held "safe up to" S1E4 names nothing after S1E4 in the list of what was revealed early', async () => {
  const { router, user } = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await markWatchedThrough(user, 'S1E3');
  const news = screen.getByRole('region', { name: 'News' });
  await user.click(within(news).getByRole('button', { name: 'Reveal' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal' }));
  await screen.findByText(FINALE_NEWS);

  await router.navigate('/shows/ballard?safe=S1E4');
  await screen.findByRole('region', { name: 'Shared link' });
  await screen.findAllByText('Opens after S1E10');
  expectNoneOnPage([FINALE_NEWS]);
});

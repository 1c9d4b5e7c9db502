import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { FINALE_ARTICLE, FINALE_SENTENCES } from '../fixtures/ballard-finale-article';
import { startTestApp, stopTestApp } from './app-harness';
import { expectNoneOnPage } from './ballard-secrets';
import { fakeClock } from './fake-clock';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  stopTestApp();
});

const SISTER_KILLER = "Who killed the councilman's sister";

it('masks what a peek running on the finale page shows: a peek is not a reveal', async () => {
  const { router } = await startTestApp('/shows/ballard/episodes/S1E10');
  const [peek] = await screen.findAllByRole('button', { name: 'Peek', description: /^Reveal\b/ });
  const user = fakeClock();
  await user.click(peek!);
  const dialog = screen.getByRole('alertdialog', { name: 'Peek at something from S1E10?' });
  await user.click(within(dialog).getByRole('button', { name: 'Peek' }));
  expect(screen.getByRole('heading', { level: 3, name: SISTER_KILLER })).toBeVisible();

  // The clock stands still: the peek at who killed the sister is still running.
  await act(() => router.navigate('/shield?show=ballard'));
  await screen.findByRole('heading', { level: 1, name: 'Spoiler shield' });
  await user.click(screen.getByRole('textbox', { name: 'Text to check' }));
  await user.paste(FINALE_ARTICLE);
  await user.click(screen.getByRole('button', { name: 'Check' }));
  const result = await screen.findByRole('region', { name: 'Checked against Ballard' });
  expect(within(result).getByRole('status')).toHaveTextContent('4 of 7 sentences masked');
  expectNoneOnPage(FINALE_SENTENCES);
});

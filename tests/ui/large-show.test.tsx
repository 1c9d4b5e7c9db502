import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { act, fireEvent, screen } from '@testing-library/react';
import { packStored } from '../../src/stores/library-store';
import { episodesMarked } from '../../src/stores/progress-marks';
import { startTestApp, stopTestApp } from './app-harness';
import { markWatchedThrough } from './marks';
import { longPack } from './test-packs';

// jsdom lays nothing out; give the scroller and its rows the sizes a browser would.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('episode-scroller') ? 600 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('virtual-item') ? 64 : 0;
  });
});

afterEach(() => {
  stopTestApp();
  vi.restoreAllMocks();
});

it('builds only the rows in view of a 15,000-episode show, and more as it scrolls', async () => {
  const { router, user } = await startTestApp('/');
  await act(() => packStored(longPack(15_000)));
  await act(() => router.navigate('/shows/long'));

  expect(await screen.findByRole('heading', { level: 1, name: 'Long Show' })).toBeVisible();
  const scroller = screen.getByRole('region', { name: 'Episodes, 15000 in all' });
  expect(screen.getByRole('progressbar', { name: 'Season 1: 0 of 500 watched' })).toBeVisible();
  expect(screen.getAllByRole('checkbox').length).toBeLessThan(40);
  expect(screen.queryByRole('checkbox', { name: 'Watched S30E500' })).not.toBeInTheDocument();

  await markWatchedThrough(user, 'S1E5');
  expect(screen.getByRole('checkbox', { name: 'Watched S1E5' })).toBeChecked();
  expect(screen.getByRole('progressbar', { name: 'Season 1: 5 of 500 watched' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'S1E6 Title 6' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'S1E7 Episode 7' })).toBeVisible();

  scroller.scrollTop = 64 * 14_000;
  fireEvent.scroll(scroller);
  expect(
    (await screen.findAllByRole('checkbox', { name: /^Watched S2\dE/ })).length,
  ).toBeGreaterThan(0);
  expect(screen.queryByRole('checkbox', { name: 'Watched S1E1' })).not.toBeInTheDocument();
  expect(screen.getAllByRole('checkbox').length).toBeLessThan(40);
});

it("puts each season's header between its last episode and the next season's first", async () => {
  const { router } = await startTestApp('/');
  await act(() => packStored(longPack(15_000)));
  await act(() => router.navigate('/shows/long'));
  const scroller = await screen.findByRole('region', { name: 'Episodes, 15000 in all' });

  // Season 1's header and its 500 rows come first, each 64 px high here.
  scroller.scrollTop = 64 * 499;
  fireEvent.scroll(scroller);
  const header = await screen.findByRole('heading', { level: 3, name: 'Season 2' });
  const [lastOfFirst, firstOfSecond, secondOfSecond] = [
    'Watched S1E500',
    'Watched S2E1',
    'Watched S2E2',
  ].map((name) => screen.getByRole('checkbox', { name }));
  expect(screen.getAllByRole('checkbox', { name: /^Watched (S1E500|S2E1|S2E2)$/ })).toEqual([
    lastOfFirst,
    firstOfSecond,
    secondOfSecond,
  ]);
  expect(lastOfFirst?.compareDocumentPosition(header)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
  expect(header.compareDocumentPosition(firstOfSecond!)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
});

it('offers to mark the earlier episodes of a 15,000-episode show when one is checked', async () => {
  const { router, user } = await startTestApp('/');
  await act(() => packStored(longPack(15_000)));
  await act(() => router.navigate('/shows/long'));
  await screen.findByRole('heading', { level: 1, name: 'Long Show' });

  await user.click(screen.getByRole('checkbox', { name: 'Watched S1E2' }));
  await user.click(screen.getByRole('button', { name: 'Also mark S1E1 watched' }));
  await user.click(screen.getByRole('checkbox', { name: 'Watched S1E9' }));
  expect(screen.getByText('S1E9 marked watched. S1E3–S1E8 are not marked yet.')).toHaveRole(
    'status',
  );
  await user.click(screen.getByRole('button', { name: 'Also mark S1E3–S1E8 watched' }));
  expect(screen.getByRole('progressbar', { name: 'Season 1: 9 of 500 watched' })).toBeVisible();
  expect(screen.getByRole('checkbox', { name: 'Watched S1E9' })).toHaveFocus();
});

it('builds no list of every episode on an episode page of a 15,000-episode show, all watched', async () => {
  const { router } = await startTestApp('/');
  const pack = longPack(15_000);
  await act(() => packStored(pack));
  await act(() =>
    episodesMarked(
      'long',
      pack.episodes.map((episode) => episode.code),
      true,
    ),
  );
  await act(() => router.navigate('/shows/long/episodes/S15E250'));
  await screen.findByRole('heading', { name: 'Add a note' });

  // The note form suggests seven episodes; Share lists what may be shared only once opened.
  expect(screen.getAllByRole('option', { hidden: true })).toHaveLength(7);
  expect(screen.getByRole('button', { name: 'Share', expanded: false })).toBeVisible();
});

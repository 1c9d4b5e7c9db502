import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import type { Entry, Pack } from '../../src/domain/pack';
import { packStored } from '../../src/stores/library-store';
import { startTestApp, stopTestApp } from './app-harness';
import { markWatchedThrough } from './marks';
import { TITLED_PACK } from './test-packs';

afterEach(() => {
  vi.restoreAllMocks();
  stopTestApp();
});

function recap(id: string, spoils: string | null, title: string, body: string): Entry {
  return {
    id,
    kind: 'recap',
    spoils,
    title,
    body,
    characters: [],
    keywords: [],
    date: null,
    source: null,
  };
}

const episode = (code: string, title: string | null) => ({
  code,
  title,
  airDate: null,
  runtime: null,
  synopsis: null,
});

/** A special between S1E2 and S1E3, an untitled S1E2, and a recap at every episode. */
const HARBOUR: Pack = {
  show: { id: 'harbour', title: 'Harbour', network: null, premiered: null, summary: null },
  episodes: [
    episode('S1E1', 'Low Tide'),
    episode('S1E2', null),
    episode('S0E1', 'The Lamp Room'),
    episode('S1E3', 'Wreckers'),
    episode('S1E4', 'Landfall'),
  ],
  characters: [],
  entries: [
    recap('premise', null, 'Where it starts', 'A harbour town and its *keeper*.'),
    recap('storm', 'S1E1', 'The storm', 'The causeway **floods**.'),
    recap('fog', 'S1E2', 'The fog', 'A stranger rows in.'),
    recap('lamp', 'S0E1', 'The lamp', 'The old lamp is lit again.'),
    recap('wreck', 'S1E3', 'The wreck', 'Crewe sinks the ferry.'),
    recap('landfall', 'S1E4', 'The landing', 'Maren leaves the island.'),
  ],
};

async function openHarbour(path: string) {
  const app = await startTestApp(path);
  await act(() => packStored(HARBOUR));
  return app;
}

async function watchThrough(path: string, code: string) {
  const app = await openHarbour('/shows/harbour');
  await screen.findByRole('heading', { level: 1, name: 'Harbour' });
  await markWatchedThrough(app.user, code);
  await act(() => app.router.navigate(path));
  return app;
}

const chapterHeadings = (region: HTMLElement) =>
  within(region)
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

it('holds every recap up to the horizon in watch order, the special in its place', async () => {
  await watchThrough('/shows/harbour/story', 'S0E1');
  await screen.findByRole('heading', { level: 1, name: 'The story so far' });
  const episodes = await screen.findByRole('region', { name: 'Episode by episode' });
  expect(chapterHeadings(episodes)).toEqual([
    'S1E1 Low Tide',
    'S1E2 Episode 2',
    'S0E1 The Lamp Room',
  ]);
  expect(within(episodes).getByRole('heading', { level: 4, name: 'The lamp' })).toBeVisible();
  expect(within(episodes).getByRole('link', { name: 'S0E1 The Lamp Room' })).toHaveAttribute(
    'href',
    '/shows/harbour/episodes/S0E1',
  );
  const before = screen.getByRole('region', { name: 'Before it starts' });
  expect(within(before).getByRole('heading', { name: 'Where it starts' })).toBeVisible();
  for (const covered of ['The wreck', 'Crewe sinks', 'The landing', 'Wreckers', 'Landfall']) {
    expect(document.body.innerHTML).not.toContain(covered);
  }
  expect(screen.queryByText(/Opens after/)).not.toBeInTheDocument();
  expect(document.title).toBe('Story so far · Harbour · Previously');
});

it('leaves out a recap revealed early beyond the horizon', async () => {
  const { user, router } = await watchThrough('/shows/harbour/episodes/S1E4', 'S1E2');
  await user.click(await screen.findByRole('button', { name: 'Reveal', description: /^Recap/ }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal' }));
  await screen.findByRole('heading', { name: 'The landing' });

  await act(() => router.navigate('/shows/harbour/story'));
  const episodes = await screen.findByRole('region', { name: 'Episode by episode' });
  expect(chapterHeadings(episodes)).toEqual(['S1E1 Low Tide', 'S1E2 Episode 2']);
  expect(screen.queryByText('The landing')).not.toBeInTheDocument();
});

it('says so when nothing is watched yet', async () => {
  const { router } = await startTestApp('/');
  await act(() => packStored(TITLED_PACK));
  await act(() => router.navigate('/shows/tiny/story'));
  expect(await screen.findByText(/Nothing watched yet/)).toBeVisible();
  expect(screen.queryByRole('button', { name: 'Copy story' })).not.toBeInTheDocument();
  expect(screen.queryByRole('region', { name: /Previously on/ })).not.toBeInTheDocument();
});

it('links the library tile to a catch-up of the last three episodes before the next', async () => {
  const { user } = await watchThrough('/', 'S1E3');
  const tile = (await screen.findByRole('link', { name: 'Harbour' })).closest('li')!;
  await user.click(await within(tile).findByRole('link', { name: 'Catch up before S1E4' }));

  const catchUp = await screen.findByRole('region', { name: 'Previously on Harbour' });
  await waitFor(() => expect(within(catchUp).getByRole('heading', { level: 2 })).toHaveFocus());
  expect(chapterHeadings(catchUp)).toEqual([
    'S1E2 Episode 2',
    'S0E1 The Lamp Room',
    'S1E3 Wreckers',
  ]);
  expect(within(catchUp).queryByText('The storm')).not.toBeInTheDocument();
  expect(catchUp).toHaveAttribute('id', 'previously-on');
});

it('offers no catch-up on the tile before anything is watched, only the story', async () => {
  await openHarbour('/');
  const tile = (await screen.findByRole('link', { name: 'Harbour' })).closest('li')!;
  expect(await within(tile).findByRole('link', { name: 'Story so far' })).toHaveAttribute(
    'href',
    '/shows/harbour/story',
  );
  expect(within(tile).queryByRole('link', { name: /Catch up/ })).not.toBeInTheDocument();
});

it('copies the visible story as plain text and says so', async () => {
  const { user } = await watchThrough('/shows/harbour/story', 'S1E2');
  await user.click(await screen.findByRole('button', { name: 'Copy story' }));
  expect(await screen.findByText('Copied.')).toHaveAttribute('role', 'status');
  expect(await navigator.clipboard.readText()).toBe(
    [
      'Harbour: the story so far, through S1E2',
      'Before it starts',
      'Where it starts\nA harbour town and its keeper.',
      'S1E1 · Low Tide',
      'The storm\nThe causeway floods.',
      'S1E2 · Episode 2',
      'The fog\nA stranger rows in.',
    ].join('\n\n') + '\n',
  );
});

it('says so when the browser refuses the clipboard', async () => {
  const { user } = await watchThrough('/shows/harbour/story', 'S1E2');
  const copy = await screen.findByRole('button', { name: 'Copy story' });
  vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
    new DOMException('Write permission denied.', 'NotAllowedError'),
  );
  await user.click(copy);
  expect(await screen.findByText(/The browser did not allow copying\./)).toHaveAttribute(
    'role',
    'status',
  );
});

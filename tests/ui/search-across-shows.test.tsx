import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { character, entry, episode, pack } from '../../src/domain/testing/pack-builders';
import { packStored } from '../../src/stores/library-store';
import { rebuildFromStorage, startTestApp, stopTestApp } from './app-harness';
import { FINALE_SECRETS, expectNoneOnPage } from './ballard-secrets';
import { showPageLoaded } from './marks';

afterEach(stopTestApp);

/** A second show: a guest star Ballard's pack also names, and a character who arrives late. */
const harbour = pack({
  show: { id: 'harbour', title: 'Harbour Lights', network: null, premiered: null, summary: null },
  episodes: [episode('S1E1'), episode('S1E2')],
  characters: [character('olivia', 'S1E2', { name: 'Olivia Olivas', actor: 'Ana Reyes' })],
  entries: [
    entry('guest', null, {
      kind: 'recap',
      title: 'A guest at the lamp',
      body: 'Titus Welliver visits.',
    }),
  ],
});

const headerBox = () => screen.getByRole('searchbox', { name: 'Search your shows' });
const pageStatus = () => within(screen.getByRole('main')).getByRole('status');

async function searchedEverywhere(user: UserEvent, text: string): Promise<string> {
  await user.clear(headerBox());
  await user.type(headerBox(), `${text}{Enter}`);
  await screen.findByRole('heading', { level: 1, name: 'Search' });
  await waitFor(() => expect(pageStatus()).toHaveTextContent(`for “${text}”`));
  return pageStatus().textContent ?? '';
}

describe('the header search', () => {
  it('is a search landmark labelled "Search your shows" that suggests nothing', async () => {
    await startTestApp('/');
    const banner = within(await screen.findByRole('banner'));
    const box = within(banner.getByRole('search')).getByRole('searchbox', {
      name: 'Search your shows',
    });
    expect(box).toHaveAttribute('autocomplete', 'off');
    expect(box).not.toHaveAttribute('list');
    expect(box).not.toHaveAttribute('name');
  });

  it('is focused by "/" from anywhere but another field, and not with Ctrl', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    await user.keyboard('/');
    expect(headerBox()).toHaveFocus();
    expect(headerBox()).toHaveValue('');

    const showBox = screen.getByRole('searchbox', { name: 'Search Ballard' });
    await user.click(showBox);
    await user.keyboard('a/b');
    expect(showBox).toHaveFocus();
    expect(showBox).toHaveValue('a/b');

    await user.click(screen.getByRole('heading', { level: 1, name: 'Ballard' }));
    await user.keyboard('{Control>}/{/Control}');
    expect(headerBox()).not.toHaveFocus();
  });
});

describe('searching every show', () => {
  it('groups results by show with a count, and keeps the query out of the URL and history', async () => {
    const { user, router } = await startTestApp('/');
    await act(() => packStored(harbour));
    expect(await searchedEverywhere(user, 'welliver')).toBe('2 results in 2 shows for “welliver”');
    const ballard = within(screen.getByRole('region', { name: 'Ballard' }));
    expect(ballard.getByRole('link', { name: 'Harry Bosch' })).toHaveAttribute(
      'href',
      '/shows/ballard#characters-heading',
    );
    const harbourResults = within(screen.getByRole('region', { name: 'Harbour Lights' }));
    // An item links to itself on the page that shows it, by its anchor.
    expect(harbourResults.getByRole('link', { name: 'A guest at the lamp' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/shows\/harbour#item-\w+$/),
    );
    expect(router.state.location.pathname).toBe('/search');
    expect(router.state.location.search).toBe('');
    expect(router.state.location.hash).toBe('');
    expect(JSON.stringify(router.state.location.state ?? null)).not.toContain('welliver');
    expect(document.title).toBe('Search · Previously');
  });

  it('finds no finale word before the finale, nor a typo of it, nor a late character', async () => {
    const { user } = await startTestApp('/');
    await act(() => packStored(harbour));
    for (const query of ['Olivas', 'olivaz', 'Oliv', 'Reyes']) {
      expect(await searchedEverywhere(user, query)).toBe(`No results for “${query}”`);
      expect(screen.queryByRole('link', { name: /Olivas/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
      expectNoneOnPage(FINALE_SECRETS.filter((s) => s.toLowerCase() !== query.toLowerCase()));
      expect(document.body.innerHTML).not.toContain('Olivia');
    }
  });

  it('follows progress: marking the finale makes its words found', async () => {
    const { user, router } = await startTestApp('/');
    expect(await searchedEverywhere(user, 'olivaz')).toBe('No results for “olivaz”');

    await act(() => router.navigate('/shows/ballard'));
    await showPageLoaded();
    await user.click(screen.getByRole('button', { name: 'Mark Season 1 watched' }));
    await screen.findByRole('heading', { name: 'Jake Pearlman' });
    await act(() => router.navigate(-1));

    await screen.findByRole('heading', { level: 1, name: 'Search' });
    await waitFor(() =>
      expect(pageStatus()).toHaveTextContent(/^\d+ results in 1 show for “olivaz”$/),
    );
    const ballard = within(screen.getByRole('region', { name: 'Ballard' }));
    expect(ballard.getByRole('link', { name: 'What Olivas really was' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/shows\/ballard\/episodes\/S1E10#item-\w+$/),
    );
    expect(ballard.getAllByRole('link', { name: 'Robert Olivas' })[0]).toBeVisible();
  });

  it('shows an empty search after a reload', async () => {
    const { user, databaseName } = await startTestApp('/');
    await searchedEverywhere(user, 'welliver');
    await rebuildFromStorage(databaseName, '/search');
    await screen.findByRole('heading', { level: 1, name: 'Search' });
    expect(headerBox()).toHaveValue('');
    expect(screen.queryByRole('link', { name: 'Harry Bosch' })).not.toBeInTheDocument();
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { packStored } from '../../src/stores/library-store';
import { upcomingTitlesChosen } from '../../src/stores/settings-store';
import { startTestApp, stopTestApp } from './app-harness';
import { FINALE_SECRETS, expectNoneOnPage, finaleEntries, secretsOf } from './ballard-secrets';
import { fakeClock, passes } from './fake-clock';
import { longPack } from './test-packs';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  stopTestApp();
});

const FINALE_WORDS = ['Olivas', 'Pearlman', 'arrested', 'jail', 'affair'];

async function showPageLoaded() {
  await screen.findByRole('heading', { level: 1, name: 'Ballard' });
  await waitFor(() => expect(document.title).toBe('Ballard · Previously'));
  // News comes from the lazily loaded entries: once it shows, everything has loaded.
  await screen.findByRole('heading', { name: 'No word yet on a second season' });
}

const searchStatus = (showTitle = 'Ballard') =>
  within(screen.getByRole('search', { name: showTitle })).getByRole('status');
const resultLinks = () =>
  within(screen.getByRole('list', { name: 'Search results' })).getAllByRole('link');

/** Types `text` as the query, replacing the last, and waits for its count; returns the count. */
async function searched(user: UserEvent, text: string, showTitle = 'Ballard'): Promise<string> {
  const field = screen.getByRole('searchbox', { name: `Search ${showTitle}` });
  await user.clear(field);
  await user.type(field, text);
  await waitFor(() => expect(searchStatus(showTitle)).toHaveTextContent(`for “${text}”`));
  return searchStatus(showTitle).textContent ?? '';
}

/** The page with the user's own query taken out, to compare two searches. */
const pageWithout = (query: string) => document.body.innerHTML.replaceAll(query, '[query]');

/** Every finale secret but the query itself, which is on the page because the user typed it. */
const finaleSecretsBut = (query: string) =>
  FINALE_SECRETS.filter((secret) => secret.toLowerCase() !== query.toLowerCase());

describe('the search form', () => {
  it('is a search landmark with a field named after the show, and suggests nothing', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    const field = within(screen.getByRole('search', { name: 'Ballard' })).getByRole('searchbox', {
      name: 'Search Ballard',
    });
    expect(field).toHaveAttribute('autocomplete', 'off');
    expect(field).not.toHaveAttribute('list');
    expect(field).not.toHaveAttribute('aria-autocomplete');

    await user.type(field, 'Ol');
    await waitFor(() => expect(searchStatus()).toHaveTextContent('for “Ol”'));
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    // The show's spoiler rules are choices of a select; nothing else may offer options.
    const options = screen.queryAllByRole('option');
    expect(options.filter((option) => option.closest('select') === null)).toEqual([]);
    expect(document.querySelector('datalist')).toBeNull();
  });
});

describe('with nothing watched', () => {
  it('finds no finale word, and the page differs in nothing but the query from a search for nonsense', async () => {
    const { user, router } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    expect(await searched(user, 'zzyzx')).toBe('No results for “zzyzx”');
    const nonsense = pageWithout('zzyzx');

    for (const word of [...FINALE_WORDS, ...FINALE_WORDS.map((w) => w.toLowerCase())]) {
      expect(await searched(user, word)).toBe(`No results for “${word}”`);
      expect(screen.queryByRole('list', { name: 'Search results' })).not.toBeInTheDocument();
      expect(pageWithout(word)).toBe(nonsense);
      expectNoneOnPage(finaleSecretsBut(word));
      expect(document.title).toBe('Ballard · Previously');
      expect(router.state.location.search).toBe('');
    }
  });

  it('finds the premise character by "Renée" and by "renee"', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    for (const query of ['Renée', 'renee', 'RENEE BALLARD']) {
      expect(await searched(user, query)).toBe(`1 result for “${query}”`);
      const [link] = resultLinks();
      expect(link).toHaveAccessibleName('Renée Ballard');
      expect(link).toHaveAttribute('href', '/shows/ballard#characters-heading');
      expectNoneOnPage(FINALE_SECRETS);
    }
    expect(document.getElementById('characters-heading')).toHaveTextContent('Characters so far');
  });
});

describe('after marking the finale watched', () => {
  it('finds the finale recap, reveals, facts, news and characters by its words', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    await user.click(screen.getByRole('button', { name: 'Mark Season 1 watched' }));
    await screen.findByRole('heading', { name: 'Jake Pearlman' });

    for (const word of FINALE_WORDS) {
      expect(await searched(user, word)).not.toMatch(/^No results/);
    }

    expect(await searched(user, 'jail')).toBe('3 results for “jail”');
    // Best match first: relevance, from visible text only, decides the order.
    expect(
      resultLinks()
        .map((link) => [
          link.textContent,
          link.getAttribute('href')?.replace(/#item-\w+$/, '#item'),
        ])
        .sort(),
    ).toEqual([
      ['A cancellation would strand Ballard in a cell', '/shows/ballard#item'],
      [
        'Season 1 finale: a killer at home, a crooked cop, and handcuffs for Ballard',
        '/shows/ballard/episodes/S1E10#item',
      ],
      ['Where Ballard ends up', '/shows/ballard/episodes/S1E10#item'],
    ]);
    const newsLink = resultLinks().find((link) => link.textContent?.startsWith('A cancellation'));
    const newsItem = document.getElementById(newsLink?.getAttribute('href')?.split('#')[1] ?? '');
    expect(newsItem).toHaveTextContent('A cancellation would strand Ballard in a cell');

    const status = await searched(user, 'olivas');
    const links = resultLinks();
    expect(status).toBe(`${links.length} results for “olivas”`);
    expect(links.map((link) => link.textContent)).toEqual(
      expect.arrayContaining([
        'What Olivas really was',
        'What happens to Olivas',
        'Where Ballard ends up',
        'Robert Olivas',
      ]),
    );
    const list = within(screen.getByRole('list', { name: 'Search results' }));
    expect(list.getAllByText('Reveal · S1E10')).toHaveLength(3);
    expect(list.getByText('Character')).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'What Olivas really was' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'S1E10 Episode 10' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'What Olivas really was' })).toBeVisible();
  });
});

describe('revealing one item early', () => {
  const chosen = 'olivas-exposed';
  const others = finaleEntries.filter((entry) => entry.id !== chosen);

  it('makes that one item searchable and no other', async () => {
    const { user } = await startTestApp('/shows/ballard/episodes/S1E10');
    await screen.findAllByRole('button', { name: 'Reveal' });
    const position = finaleEntries
      .filter((entry) => entry.kind !== 'news')
      .findIndex((entry) => entry.id === chosen);
    await user.click(screen.getAllByRole('button', { name: 'Reveal' })[position]!);
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal' }),
    );
    await user.click(screen.getByRole('link', { name: 'Ballard' }));
    await showPageLoaded();

    for (const query of ['Olivas', 'dirty cop']) {
      expect(await searched(user, query)).toBe(`1 result for “${query}”`);
      const [link] = resultLinks();
      expect(link).toHaveAccessibleName('What Olivas really was');
      expect(link!.getAttribute('href')).toMatch(/^\/shows\/ballard\/episodes\/S1E10#item-\w+$/);
    }
    for (const query of ['jail', 'Pearlman', 'affair', 'killed']) {
      expect(await searched(user, query)).toBe(`No results for “${query}”`);
      expectNoneOnPage(
        others
          .flatMap((entry) => secretsOf(entry.id))
          .filter((secret) => secret.toLowerCase() !== query.toLowerCase()),
      );
    }
  });
});

describe('peeking at one item', () => {
  // Only in the finale's news item about a cancellation.
  const query = 'cancellation';

  it('never makes it searchable, while it shows or after', async () => {
    const { user: realTimeUser } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    // The first search loads the search engine, which waits on nothing a fake clock holds.
    expect(await searched(realTimeUser, query)).toBe(`No results for “${query}”`);

    const user = fakeClock();
    await user.click(screen.getByRole('button', { name: 'Peek', description: /^News\b/ }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Peek' }));
    expect(
      screen.getByRole('heading', { name: 'A cancellation would strand Ballard in a cell' }),
    ).toBeVisible();
    expect(await searched(user, query)).toBe(`No results for “${query}”`);
    expect(screen.getByRole('timer')).toBeVisible();

    await passes(5000);
    expect(screen.queryByRole('timer')).not.toBeInTheDocument();
    expect(await searched(user, query)).toBe(`No results for “${query}”`);
    expectNoneOnPage(secretsOf('cliffhanger-at-risk'));
  });
});

describe('on a 15,000-episode show', () => {
  it('counts every match and lists the first 50', async () => {
    const { router, user } = await startTestApp('/');
    await act(() => packStored(longPack(15_000)));
    await act(() => upcomingTitlesChosen('all'));
    await act(() => router.navigate('/shows/long'));
    await screen.findByRole('heading', { level: 1, name: 'Long Show' });

    expect(await searched(user, 'title', 'Long Show')).toBe('15,000 results for “title”');
    expect(resultLinks()).toHaveLength(50);
    expect(resultLinks()[0]).toHaveAccessibleName('S1E1 Title 1');
    expect(screen.getByText(/^Showing the first 50\./)).toBeVisible();
    // Ten or so titles are one digit off; the exact one comes first.
    expect(await searched(user, 'title 14999', 'Long Show')).toMatch(
      /^\d+ results for “title 14999”$/,
    );
    expect(resultLinks()[0]).toHaveAttribute('href', '/shows/long/episodes/S30E499');
  });
});

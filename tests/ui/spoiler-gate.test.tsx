import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { rebuildFromStorage, startTestApp, stopTestApp } from './app-harness';
import { markWatchedThrough } from './marks';
import {
  FINALE_SECRETS,
  expectAllOnPage,
  expectNoneOnPage,
  finaleEntries,
  secretsOf,
} from './ballard-secrets';

afterEach(stopTestApp);

async function showPageLoaded() {
  await screen.findByRole('heading', { level: 1, name: 'Ballard' });
  await waitFor(() => expect(document.title).toBe('Ballard · Previously'));
  // News comes from the lazily loaded entries: once it shows, everything has loaded.
  await screen.findByRole('heading', { name: 'No word yet on a second season' });
}

async function finalePageLoaded() {
  await screen.findByRole('heading', { level: 1, name: 'S1E10 Episode 10' });
  await screen.findAllByRole('button', { name: 'Reveal' });
  await waitFor(() => expect(document.title).toBe('S1E10 · Ballard · Previously'));
}

describe('with nothing watched', () => {
  it('shows no finale fact on the library', async () => {
    await startTestApp('/');
    await screen.findByRole('link', { name: 'Ballard' });
    await waitFor(() => expect(document.title).toBe('Your shows · Previously'));
    // The tile's counts load apart from the library, as its show's marks are counted.
    expect(
      await screen.findByRole('progressbar', { name: 'Ballard: 0 of 10 watched' }),
    ).toBeVisible();
    expect(await screen.findByRole('link', { name: 'Next: S1E1' })).toBeVisible();
    expectNoneOnPage(FINALE_SECRETS);
  });

  it('shows no finale fact on the show page, and no finale character at all', async () => {
    await startTestApp('/shows/ballard');
    await showPageLoaded();
    expect(screen.getByRole('heading', { name: 'Renée Ballard' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Harry Bosch' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).not.toContain(
      'Jake Pearlman',
    );
    // The spoiling news item and Renée's finale fact stand as placeholders.
    expect(screen.getAllByText('Opens after S1E10').length).toBeGreaterThanOrEqual(2);
    expectNoneOnPage(FINALE_SECRETS);
    expect(document.title).toBe('Ballard · Previously');
  });

  it('deep-linked to the finale, shows placeholders only and a spoiler-free tab title', async () => {
    await startTestApp('/shows/ballard/episodes/S1E10');
    await finalePageLoaded();
    // The recap, four reveals and Renée's fact each stand alone; the facts about Jake, Gary and
    // Olivas, not met yet, stand as one placeholder that counts no one.
    const placeholders = ['Recap', 'Reveal', 'Reveal', 'Reveal', 'Reveal', 'Character fact'];
    expect(screen.getAllByRole('button', { name: 'Reveal' })).toHaveLength(placeholders.length + 1);
    expect(screen.getAllByText('Opens after S1E10')).toHaveLength(placeholders.length + 1);
    expect(screen.getAllByText('Facts about characters you have not met yet')).toHaveLength(1);
    expect(screen.getAllByText('Character fact')).toHaveLength(1);
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expectNoneOnPage(FINALE_SECRETS);
    expect(document.title).toBe('S1E10 · Ballard · Previously');
  });
});

describe('marking episodes', () => {
  it('through S1E9 changes nothing about the finale; marking S1E10 shows it', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();

    await markWatchedThrough(user, 'S1E9');
    for (let episode = 1; episode <= 9; episode++) {
      expect(screen.getByRole('checkbox', { name: `Watched S1E${episode}` })).toBeChecked();
    }
    expect(screen.getByRole('checkbox', { name: 'Watched S1E10' })).not.toBeChecked();
    expect(screen.getByRole('progressbar', { name: 'Season 1: 9 of 10 watched' })).toBeVisible();
    expectNoneOnPage(FINALE_SECRETS);

    await user.click(screen.getByRole('link', { name: 'S1E10 Episode 10' }));
    await finalePageLoaded();
    expectNoneOnPage(FINALE_SECRETS);

    await user.click(screen.getByRole('checkbox', { name: 'Watched S1E10' }));
    expect(screen.queryByRole('button', { name: 'Reveal' })).not.toBeInTheDocument();
    for (const entry of finaleEntries.filter((candidate) => candidate.kind !== 'news')) {
      expectAllOnPage(secretsOf(entry.id).slice(1));
    }
    expect(screen.getByRole('heading', { level: 3, name: /^Season 1 finale/ })).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'Ballard' }));
    await showPageLoaded();
    expect(screen.getByRole('heading', { name: 'Jake Pearlman' })).toBeVisible();
    expectAllOnPage(['Played by Kevin Dunn', 'Played by Ricardo Chavira']);
    expect(
      screen.getByRole('heading', { name: 'A cancellation would strand Ballard in a cell' }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Reveal' })).not.toBeInTheDocument();
  });

  it('survives a rebuild from storage', async () => {
    const { user, databaseName } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    await user.click(screen.getByRole('checkbox', { name: 'Watched S1E3' }));
    expect(screen.getByRole('checkbox', { name: 'Watched S1E3' })).toBeChecked();

    await rebuildFromStorage(databaseName, '/shows/ballard');
    await showPageLoaded();
    expect(screen.getByRole('checkbox', { name: 'Watched S1E3' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Watched S1E2' })).not.toBeChecked();

    await rebuildFromStorage(databaseName, '/');
    expect(
      await screen.findByRole('progressbar', { name: 'Ballard: 1 of 10 watched' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Next: S1E4' })).toBeVisible();
  });
});

describe('revealing early', () => {
  const chosen = 'olivas-exposed';
  const others = finaleEntries.filter((entry) => entry.id !== chosen);
  const chosenSecrets = secretsOf(chosen);
  const otherTitles = others.flatMap((entry) =>
    entry.title ? [entry.id, entry.title] : [entry.id],
  );

  it('shows that one item alone, keeps it after a reload, and hides it again', async () => {
    const { user, databaseName } = await startTestApp('/shows/ballard/episodes/S1E10');
    await finalePageLoaded();
    const placeholders = screen.getAllByRole('button', { name: 'Reveal' });
    const position = finaleEntries
      .filter((entry) => entry.kind !== 'news')
      .findIndex((entry) => entry.id === chosen);

    await user.click(placeholders[position]!);
    const dialog = screen.getByRole('alertdialog', { name: 'Reveal something from S1E10?' });
    expectNoneOnPage(FINALE_SECRETS);
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What Olivas really was' })).toBeVisible();
    expectAllOnPage(chosenSecrets.slice(1));
    expect(screen.getAllByRole('button', { name: 'Reveal' })).toHaveLength(placeholders.length - 1);
    expectNoneOnPage(otherTitles);
    expect(document.title).toBe('S1E10 · Ballard · Previously');

    await rebuildFromStorage(databaseName, '/shows/ballard/episodes/S1E10');
    await finalePageLoaded();
    expect(screen.getByRole('heading', { name: 'What Olivas really was' })).toBeVisible();
    expectNoneOnPage(otherTitles);

    await user.click(screen.getByRole('link', { name: 'Ballard' }));
    await showPageLoaded();
    const revealed = screen.getByRole('region', { name: 'Revealed early' });
    const item = within(revealed).getByText('Reveal: What Olivas really was');
    expect(item).toBeVisible();
    await user.click(within(revealed).getByRole('button', { name: 'Hide again' }));
    expect(within(revealed).queryByText('Reveal: What Olivas really was')).not.toBeInTheDocument();
    expect(within(revealed).getByText(/not revealed anything/)).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'S1E10 Episode 10' }));
    await finalePageLoaded();
    expect(screen.getAllByRole('button', { name: 'Reveal' })).toHaveLength(placeholders.length);
    expectNoneOnPage(FINALE_SECRETS);

    await rebuildFromStorage(databaseName, '/shows/ballard/episodes/S1E10');
    await finalePageLoaded();
    expectNoneOnPage(FINALE_SECRETS);
  });

  it('hides everything again with "Hide all"', async () => {
    const { user, databaseName } = await startTestApp('/shows/ballard/episodes/S1E10');
    await finalePageLoaded();
    for (let count = 0; count < 2; count++) {
      await user.click(screen.getAllByRole('button', { name: 'Reveal' })[0]!);
      await user.click(
        within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal' }),
      );
    }
    expect(screen.getAllByRole('article')).toHaveLength(2);

    await user.click(screen.getByRole('link', { name: 'Ballard' }));
    await showPageLoaded();
    const revealed = screen.getByRole('region', { name: 'Revealed early' });
    expect(within(revealed).getAllByRole('button', { name: 'Hide again' })).toHaveLength(2);

    await user.click(within(revealed).getByRole('button', { name: 'Hide all' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Hide everything you revealed early?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(within(revealed).getAllByRole('button', { name: 'Hide again' })).toHaveLength(2);

    await user.click(within(revealed).getByRole('button', { name: 'Hide all' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Hide all' }),
    );
    expect(within(revealed).queryByRole('button', { name: 'Hide again' })).not.toBeInTheDocument();

    await rebuildFromStorage(databaseName, '/shows/ballard/episodes/S1E10');
    await finalePageLoaded();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
    expectNoneOnPage(FINALE_SECRETS);
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { packStored } from '../../src/stores/library-store';
import { episodesMarked } from '../../src/stores/progress-marks';
import { startTestApp, stopTestApp } from './app-harness';
import { FINALE_SECRETS, expectNoneOnPage } from './ballard-secrets';
import { longPack } from './test-packs';

afterEach(stopTestApp);

/** Everything of the three characters who arrive in the finale, ids included. */
const FINALE_PEOPLE = [
  ...FINALE_SECRETS,
  'robert-olivas',
  'jake-pearlman',
  'gary-pearlman',
  'Olivas',
  'Pearlman',
];

const RENEE_FINALE_FACT = 'Ends season 1 behind bars, accused of killing Robert Olivas.';

async function codexLoaded() {
  await screen.findByRole('heading', { level: 1, name: 'Characters so far' });
  await waitFor(() => expect(document.title).toBe('Characters · Ballard · Previously'));
  await waitFor(() =>
    expect(screen.queryByText('Loading what you know of them…')).not.toBeInTheDocument(),
  );
}

const codexNames = () =>
  screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);

/** The codex entry of one character: the list item under their name. */
const codexEntryOf = (name: string) =>
  screen.getByRole('heading', { level: 2, name }).closest('li') as HTMLElement;

describe('the character codex', () => {
  it('before the finale, lists only the people met, each linked, with the finale fact covered', async () => {
    await startTestApp('/shows/ballard/characters');
    await codexLoaded();
    expect(codexNames()).toEqual(['Renée Ballard', 'Harry Bosch']);
    expect(screen.getByRole('link', { name: 'Renée Ballard' })).toHaveAttribute(
      'href',
      '/shows/ballard/characters/renee-ballard',
    );
    expect(within(codexEntryOf('Harry Bosch')).getByText('Played by Titus Welliver')).toBeVisible();
    const renee = within(codexEntryOf('Renée Ballard'));
    expect(renee.getByText('Character fact')).toBeVisible();
    expect(renee.getByText('Opens after S1E10')).toBeVisible();
    expectNoneOnPage(FINALE_PEOPLE);
  });

  it('once the finale is watched, everyone appears with their facts, as of S1E10', async () => {
    const { user, router } = await startTestApp('/shows/ballard/episodes/S1E10');
    await user.click(await screen.findByRole('checkbox', { name: 'Watched S1E10' }));
    await router.navigate('/shows/ballard/characters');
    await codexLoaded();
    expect(codexNames()).toEqual([
      'Renée Ballard',
      'Harry Bosch',
      'Jake Pearlman',
      'Gary Pearlman',
      'Robert Olivas',
    ]);
    const olivas = within(codexEntryOf('Robert Olivas'));
    expect(olivas.getByText('Played by Ricardo Chavira')).toBeVisible();
    expect(olivas.getByText(/Exposed as a corrupt cop, then found dead/)).toBeVisible();
    expect(olivas.getByText('As of S1E10')).toBeVisible();
    expect(within(codexEntryOf('Renée Ballard')).getByText(RENEE_FINALE_FACT)).toBeVisible();
    expect(screen.queryByText('Opens after S1E10')).not.toBeInTheDocument();
  });

  it('reveals one fact early, marks it, and hides it again, with focus following it', async () => {
    const { user } = await startTestApp('/shows/ballard/characters');
    await codexLoaded();
    const renee = within(codexEntryOf('Renée Ballard'));
    await user.click(renee.getByRole('button', { name: 'Reveal' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reveal something from S1E10?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));

    const fact = (await renee.findByText(RENEE_FINALE_FACT)).closest('li') as HTMLElement;
    expect(within(fact).getByText('As of S1E10')).toBeVisible();
    await waitFor(() => expect(fact).toHaveFocus());
    // The fact names Olivas itself, as the user asked; the codex still does not list him.
    expect(codexNames()).toEqual(['Renée Ballard', 'Harry Bosch']);
    expectNoneOnPage(['Ricardo Chavira', 'robert-olivas', 'Jake Pearlman', 'Gary Pearlman']);

    await user.click(within(fact).getByRole('button', { name: 'Hide again' }));
    expect(renee.queryByText(RENEE_FINALE_FACT)).not.toBeInTheDocument();
    await waitFor(() => expect(renee.getByRole('button', { name: 'Reveal' })).toHaveFocus());
  });
});

describe('a character page', () => {
  it('gives the name, actor, when they were first seen, and facts; the tab names no one', async () => {
    const { user } = await startTestApp('/shows/ballard/characters');
    await codexLoaded();
    await user.click(screen.getByRole('link', { name: 'Renée Ballard' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Renée Ballard' })).toBeVisible();
    expect(screen.getByText('Played by Maggie Q')).toBeVisible();
    expect(screen.getByText('Known from the start')).toBeVisible();
    const facts = await screen.findByRole('region', { name: 'What you know' });
    expect(within(facts).getByText('Opens after S1E10')).toBeVisible();
    const mentions = screen.getByRole('region', { name: 'In recaps and reveals' });
    expect(
      within(mentions).getByText('No recap or reveal you can read names them yet.'),
    ).toBeVisible();
    await waitFor(() => expect(document.title).toBe('Character · Ballard · Previously'));
    expectNoneOnPage(FINALE_PEOPLE);
  });

  it('after the finale, links the recap and reveals that name them to the finale page', async () => {
    const { user, router } = await startTestApp('/shows/ballard/episodes/S1E10');
    await user.click(await screen.findByRole('checkbox', { name: 'Watched S1E10' }));
    await router.navigate('/shows/ballard/characters/robert-olivas');
    expect(await screen.findByRole('heading', { level: 1, name: 'Robert Olivas' })).toBeVisible();
    expect(screen.getByText('First seen in S1E10')).toBeVisible();
    const mentions = await screen.findByRole('region', { name: 'In recaps and reveals' });
    const links = within(mentions).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      'Season 1 finale: a killer at home, a crooked cop, and handcuffs for Ballard',
      'What Olivas really was',
      'What happens to Olivas',
      'Where Ballard ends up',
    ]);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^\/shows\/ballard\/episodes\/S1E10#item-/);
    }
    expect(document.title).toBe('Character · Ballard · Previously');
  });

  it.each(['/shows/ballard/characters/robert-olivas', '/shows/ballard/characters/nobody-at-all'])(
    '%s, before the finale, is the neutral "not met yet" page, naming no one',
    async (path) => {
      await startTestApp(path);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Nobody you have met yet' }),
      ).toBeVisible();
      await waitFor(() => expect(document.title).toBe('Character · Ballard · Previously'));
      expect(screen.getByRole('link', { name: 'See who you have met' })).toHaveAttribute(
        'href',
        '/shows/ballard/characters',
      );
      expectNoneOnPage([...FINALE_PEOPLE, 'nobody-at-all']);
    },
  );

  it('gives a character not met yet exactly the page an unknown id gets', async () => {
    const pageAt = async (path: string) => {
      await startTestApp(path);
      await screen.findByRole('heading', { level: 1, name: 'Nobody you have met yet' });
      // The page itself; the header's generated ids differ from one start to the next.
      const main = screen.getByRole('main');
      const page = { html: main.innerHTML, title: document.title };
      stopTestApp();
      return page;
    };
    const late = await pageAt('/shows/ballard/characters/robert-olivas');
    const unknown = await pageAt('/shows/ballard/characters/nobody-at-all');
    expect(late).toEqual(unknown);
  });
});

describe("a show's page with more characters met than it lists", () => {
  /** Thirty episodes, each bringing one character, C1 to C30. */
  const crowd = {
    ...longPack(30),
    characters: Array.from({ length: 30 }, (_, at) => ({
      id: `c${at + 1}`,
      name: `C${at + 1}`,
      actor: null,
      introducedIn: `S1E${at + 1}`,
    })),
  };

  it('lists the 12 met last and links to the codex of everyone met', async () => {
    const { router, user } = await startTestApp('/');
    await act(() => packStored(crowd));
    await act(() => episodesMarked('long', ['S1E1', 'S1E2', 'S1E3', 'S1E4', 'S1E20'], true));
    await act(() => router.navigate('/shows/long'));

    const section = within(await screen.findByRole('region', { name: 'Characters so far' }));
    expect(section.getAllByRole('heading', { level: 3 }).map((name) => name.textContent)).toEqual(
      Array.from({ length: 12 }, (_, at) => `C${at + 9}`),
    );
    expect(section.getByText(/These are the 12 you met most recently\./)).toBeVisible();
    expect(section.queryByText('C21')).not.toBeInTheDocument();

    await user.click(section.getByRole('link', { name: 'All 20 characters so far' }));

    await screen.findByRole('heading', { level: 1, name: 'Characters so far' });
    expect(codexNames()).toEqual(Array.from({ length: 20 }, (_, at) => `C${at + 1}`));
  });
});

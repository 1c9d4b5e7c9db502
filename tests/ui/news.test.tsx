import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Entry, Pack } from '../../src/domain/pack';
import { packStored } from '../../src/stores/library-store';
import { startTestApp, stopTestApp } from './app-harness';
import { FINALE_SECRETS, expectNoneOnPage, secretsOf } from './ballard-secrets';
import { TITLED_PACK } from './test-packs';

afterEach(stopTestApp);

const RENEWAL = 'No word yet on a second season';
const CLIFFHANGER = 'A cancellation would strand Ballard in a cell';
const COVERED_GROUP = 'Covered until you watch further';

async function newsLoaded(title: string) {
  await screen.findByRole('heading', { name: RENEWAL });
  await waitFor(() => expect(document.title).toBe(title));
}

function news(id: string, spoils: string | null, title: string, date: string | null): Entry {
  const source = date === null ? null : `Tiny Times, ${date}`;
  return {
    id,
    kind: 'news',
    spoils,
    title,
    body: `${title}.`,
    characters: [],
    keywords: [],
    date,
    source,
  };
}

/** Tiny Show's news, dated around Ballard's renewal news of 17 July 2025. */
const TINY_WITH_NEWS: Pack = {
  ...TITLED_PACK,
  entries: [
    news('tiny-undated', null, 'A lighthouse on every poster', null),
    news('tiny-casting', null, 'Casting call for the keeper', '2025-07-20'),
    news('tiny-premiere', null, 'Premiere date set', '2025-07-01'),
    news('tiny-ending', 'S1E3', 'What the ending means', '2025-08-30'),
    {
      ...news('tiny-link', null, 'Where to watch', '2025-06-01'),
      source: 'https://example.com/where-to-watch',
    },
  ],
};

const headingsIn = (list: HTMLElement) =>
  within(list)
    .getAllByRole('heading')
    .map((heading) => heading.textContent);

describe('/news', () => {
  it('before the finale: the renewal news with its date, source and show; the finale news covered', async () => {
    await startTestApp('/news');
    await newsLoaded('News · Previously');
    const shown = screen.getByRole('list', { name: 'News, newest first' });
    const renewal = within(shown).getByRole('article');
    expect(within(renewal).getByRole('link', { name: 'Ballard' })).toHaveAttribute(
      'href',
      '/shows/ballard',
    );
    expect(within(renewal).getByText(/^Maggie Q, who plays Ballard/)).toBeVisible();
    expect(within(renewal).getByText('2025-07-17')).toHaveAttribute('datetime', '2025-07-17');
    expect(
      within(renewal).getByText(/The Hollywood Reporter interview, reported 17 July 2025/),
    ).toBeVisible();

    const covered = screen.getByRole('region', { name: COVERED_GROUP });
    expect(within(covered).getByText('News')).toBeVisible();
    expect(within(covered).getByText('Opens after S1E10')).toBeVisible();
    // The covered item's date is the renewal news's date, and it is not said anywhere else.
    expect(within(covered).queryByText(/2025/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: CLIFFHANGER })).not.toBeInTheDocument();
    expectNoneOnPage(FINALE_SECRETS);
  });

  it('is in the header, and reveals a covered item in its place by date, then hides it again', async () => {
    const { user } = await startTestApp('/');
    await user.click(await screen.findByRole('link', { name: 'News' }));
    await newsLoaded('News · Previously');

    const covered = screen.getByRole('region', { name: COVERED_GROUP });
    await user.click(within(covered).getByRole('button', { name: 'Reveal' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reveal something from S1E10?' });
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));

    const cliffhanger = await screen.findByRole('heading', { name: CLIFFHANGER });
    expect(screen.queryByRole('region', { name: COVERED_GROUP })).not.toBeInTheDocument();
    // Same date as the renewal news, so pack order: the renewal news first.
    expect(headingsIn(screen.getByRole('list', { name: 'News, newest first' }))).toEqual([
      RENEWAL,
      CLIFFHANGER,
    ]);
    const item = cliffhanger.closest('li')!;
    await waitFor(() => expect(item).toHaveFocus());

    await user.click(within(item).getByRole('button', { name: 'Hide again' }));
    const reveal = await within(
      await screen.findByRole('region', { name: COVERED_GROUP }),
    ).findByRole('button', { name: 'Reveal' });
    await waitFor(() => expect(reveal).toHaveFocus());
    expectNoneOnPage(secretsOf('cliffhanger-at-risk'));
  });

  it('interleaves two shows’ news by date, undated last, covered apart; a source is never a link', async () => {
    await startTestApp('/news');
    await newsLoaded('News · Previously');
    await act(() => packStored(TINY_WITH_NEWS));

    const shown = screen.getByRole('list', { name: 'News, newest first' });
    await within(shown).findByRole('heading', { name: 'Casting call for the keeper' });
    expect(headingsIn(shown)).toEqual([
      'Casting call for the keeper',
      RENEWAL,
      'Premiere date set',
      'Where to watch',
      'A lighthouse on every poster',
    ]);
    const showOf = (title: string) =>
      within(screen.getByRole('heading', { name: title }).closest('article')!).getByRole('link');
    expect(showOf('Casting call for the keeper')).toHaveAccessibleName('Tiny Show');
    expect(showOf(RENEWAL)).toHaveAccessibleName('Ballard');

    expect(screen.getByText(/https:\/\/example\.com\/where-to-watch/)).toBeVisible();
    expect(screen.queryByRole('link', { name: /example\.com/ })).not.toBeInTheDocument();

    const covered = screen.getByRole('region', { name: COVERED_GROUP });
    expect(
      within(covered)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^Ballard.*Opens after S1E10/),
      expect.stringMatching(/^Tiny Show.*Opens after S1E3/),
    ]);
    expect(screen.queryByText('What the ending means')).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('2025-08-30');
  });
});

describe('/shows/:showId/news', () => {
  it('lists one show’s news, and the finale news once S1E10 is marked on the show page', async () => {
    const { user, router } = await startTestApp('/shows/ballard/news');
    await newsLoaded('News · Ballard · Previously');
    expect(screen.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
    expect(screen.getByRole('region', { name: COVERED_GROUP })).toBeVisible();
    // One show: its items do not name it again.
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toHaveTextContent('Ballard');
    expect(
      within(screen.getByRole('list', { name: 'News, newest first' })).queryByRole('link'),
    ).not.toBeInTheDocument();
    expectNoneOnPage(FINALE_SECRETS);

    await user.click(screen.getByRole('link', { name: 'Ballard' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Watched S1E10' }));
    await user.click(screen.getByRole('link', { name: 'News' }));
    await screen.findByRole('heading', { name: CLIFFHANGER });
    expect(screen.queryByRole('region', { name: COVERED_GROUP })).not.toBeInTheDocument();

    await act(() => router.navigate('/shows/ballard/news'));
    await waitFor(() => expect(document.title).toBe('News · Ballard · Previously'));
    expect(headingsIn(screen.getByRole('list', { name: 'News, newest first' }))).toEqual([
      RENEWAL,
      CLIFFHANGER,
    ]);
    expect(screen.queryByRole('region', { name: COVERED_GROUP })).not.toBeInTheDocument();
  });

  it('says so when a show has no news', async () => {
    await startTestApp('/shows/tiny/news');
    await act(() => packStored(TITLED_PACK));
    expect(await screen.findByText('No news for this show yet.')).toBeVisible();
    await waitFor(() => expect(document.title).toBe('News · Tiny Show · Previously'));
    expect(screen.queryByRole('list', { name: 'News, newest first' })).not.toBeInTheDocument();
  });
});

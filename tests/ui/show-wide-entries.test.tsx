import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/pack';
import { packStored } from '../../src/stores/library-store';
import { startTestApp, stopTestApp } from './app-harness';
import { TITLED_PACK } from './test-packs';

afterEach(stopTestApp);

function entry(id: string, spoils: string | null, title: string, body: string): Entry {
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

it('shows spoiler-free recaps under "About the show", searchable, and keeps the rest off it', async () => {
  const { user } = await startTestApp('/shows/tiny');
  await act(() =>
    packStored({
      ...TITLED_PACK,
      entries: [
        entry('premise', null, 'Where it all starts', 'A harbour town and its keeper.'),
        entry('twist', 'S1E3', 'The keeper leaves', 'Gone by the final scene.'),
      ],
    }),
  );
  const about = await screen.findByRole('region', { name: 'About the show' });
  expect(within(about).getByRole('heading', { name: 'Where it all starts' })).toBeVisible();
  expect(within(about).queryByText(/Opens after/)).not.toBeInTheDocument();
  expect(document.body.innerHTML).not.toContain('The keeper leaves');

  await user.type(screen.getByRole('searchbox', { name: 'Search Tiny Show' }), 'harbour');
  const results = await screen.findByRole('list', { name: 'Search results' });
  // The result links to the recap itself, in "About the show" on this very page.
  const link = within(results).getByRole('link', { name: /Where it all starts/ });
  const target = document.getElementById(link.getAttribute('href')?.split('#')[1] ?? '');
  expect(within(about).getByRole('article')).toBe(target);
  await user.click(link);
  expect(target).toHaveFocus();
});

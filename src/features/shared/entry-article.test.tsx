import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import { MemoryRouter } from 'react-router';
import type { ShownItem } from '../../domain/page-items';
import { EntryArticle } from './entry-article';

const markup = '<img src=x onerror=alert(1)>';

it('shows every field but the body as plain text, and a source never as a link', () => {
  const item: ShownItem = {
    state: 'visible',
    kind: 'news',
    kindLabel: 'News',
    episodeCode: null,
    title: `Renewed ${markup}`,
    body: 'Season two is coming.',
    characters: [],
    date: '2025-08-01',
    source: 'javascript:alert(1)',
    hideKey: null,
    anchor: 'item-1',
  };
  const { container } = render(
    <MemoryRouter>
      <EntryArticle showId="demo" item={item} headingLevel={3} />
    </MemoryRouter>,
  );
  expect(screen.getByRole('heading', { level: 3, name: `Renewed ${markup}` })).toBeVisible();
  expect(screen.getByText('2025-08-01 · javascript:alert(1)')).toBeVisible();
  expect(screen.queryByRole('link')).toBeNull();
  expect(container.querySelector('img')).toBeNull();
});

import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';
import type { Entry } from '../../domain/pack';
import { EntryArticle } from './entry-article';

const markup = '<img src=x onerror=alert(1)>';

it('shows every field but the body as plain text, and a source never as a link', () => {
  const entry: Entry = {
    id: 'news-1',
    kind: 'news',
    spoils: null,
    title: `Renewed ${markup}`,
    body: 'Season two is coming.',
    characters: [],
    keywords: [],
    date: '2025-08-01',
    source: 'javascript:alert(1)',
  };
  const { container } = render(<EntryArticle entry={entry} headingLevel={3} />);
  expect(screen.getByRole('heading', { level: 3, name: `Renewed ${markup}` })).toBeVisible();
  expect(screen.getByText('2025-08-01 · javascript:alert(1)')).toBeVisible();
  expect(screen.queryByRole('link')).toBeNull();
  expect(container.querySelector('img')).toBeNull();
});

import { afterEach, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { RouterProvider } from 'react-router';
import { createTestRouter } from '../../src/app/router';
import { openDatabase } from '../../src/storage/database';
import { resetStores } from '../../src/stores/reset-stores';
import { startApp } from '../../src/stores/start-app';
import { freshDatabaseName, readBallardPack, startTestApp, stopTestApp } from './app-harness';

afterEach(stopTestApp);

it('says it is loading until storage has been read, then lists the shows', async () => {
  resetStores();
  render(<RouterProvider router={createTestRouter('/')} />);
  expect(await screen.findByText('Loading your shows…')).toBeVisible();
  expect(screen.queryByRole('link', { name: 'Ballard' })).not.toBeInTheDocument();

  await act(() =>
    startApp({ databaseName: freshDatabaseName(), readDefaultPack: readBallardPack }),
  );
  expect(screen.getByRole('heading', { level: 1, name: 'Your shows' })).toBeVisible();
  expect(screen.getByRole('link', { name: 'Ballard' })).toHaveAttribute('href', '/shows/ballard');
  expect(screen.getByRole('progressbar', { name: 'Ballard: 0 of 10 watched' })).toBeVisible();
  expect(screen.queryByText('Loading your shows…')).not.toBeInTheDocument();
});

it('lists a show whose saved copy cannot be read, and keeps its page covered', async () => {
  const databaseName = freshDatabaseName();
  const database = await openDatabase(databaseName);
  await database.put('shows', { show: { id: 'broken' } } as never, 'broken');
  database.close();

  const { user } = await startTestApp('/', databaseName);
  expect(await screen.findByRole('heading', { level: 2, name: 'broken' })).toBeVisible();
  expect(screen.getByText(/saved copy could not be read/)).toBeVisible();
  expect(screen.queryByRole('link', { name: 'Ballard' })).not.toBeInTheDocument();

  await user.click(screen.getByRole('link', { name: 'Library' }));
  expect(await screen.findByRole('heading', { level: 2, name: 'broken' })).toBeVisible();
});

import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database';
import { showChangedElsewhere } from '../../src/stores/library-store';
import { startTestApp, stopTestApp } from '../ui/app-harness';

afterEach(stopTestApp);

it('covers a show another tab left unreadable, keeps a copy aside and says so', async () => {
  const { databaseName } = await startTestApp('/');
  await screen.findByRole('link', { name: 'Ballard' });
  const otherTab = await openDatabase(databaseName);
  await otherTab.put('shows', { show: { id: 'ballard' }, episodes: 'lost' } as never, 'ballard');
  otherTab.close();

  await showChangedElsewhere('ballard');

  expect(
    await screen.findByText(/The saved copy of the show "ballard" could not be read/),
  ).toBeVisible();
  expect(screen.queryByRole('link', { name: 'Ballard' })).not.toBeInTheDocument();
  const database = await openDatabase(databaseName);
  expect(await database.getAllKeys('quarantine')).toEqual(['shows/ballard']);
  database.close();
});

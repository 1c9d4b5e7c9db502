import { screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database';
import { loadSnapshot } from '../../src/storage/repository';
import { freshDatabaseName, startTestApp, stopTestApp } from '../ui/app-harness';

afterEach(stopTestApp);

it('hides upcoming titles when the saved title setting cannot be read, and says so', async () => {
  const name = freshDatabaseName();
  const database = await openDatabase(name);
  await database.put('settings', { garbled: true }, 'upcomingTitles');
  expect((await loadSnapshot(database)).settings.upcomingTitles).toBe('none');
  database.close();

  await startTestApp('/settings', name);
  expect(
    await screen.findByText(
      /A saved setting could not be read, so upcoming episode titles are hidden/,
    ),
  ).toBeVisible();
  expect(await screen.findByRole('radio', { name: 'None' })).toBeChecked();
});

import { expect, it } from 'vitest';
import { FIRST_PROFILE, openDatabase, type QuarantinedRecord } from '../../src/storage/database';
import { restoreBackup, storedCounts } from '../../src/storage/backup-repository';
import { freshDatabaseName } from '../ui/app-harness';

const setAside = (value: string): QuarantinedRecord => ({
  store: 'shows',
  key: 'broken',
  value,
  reason: 'stored show could not be read',
  at: 1,
});

it('keeps both set-aside records when a restored one shares a key with one already here', async () => {
  const database = await openDatabase(freshDatabaseName());
  await database.put('quarantine', setAside('kept here'), 'shows/broken');

  await restoreBackup(
    database,
    {
      createdAt: '2025-07-09T12:00:00.000Z',
      settings: { upcomingTitles: 'next' },
      shows: [],
      profiles: [FIRST_PROFILE],
      progress: [],
      reveals: [],
      notes: [],
      quarantine: [setAside('from the backup')],
    },
    await storedCounts(database),
  );

  const values = (await database.getAll('quarantine')).map((record) => record.value);
  database.close();
  expect(values.sort()).toEqual(['from the backup', 'kept here']);
});

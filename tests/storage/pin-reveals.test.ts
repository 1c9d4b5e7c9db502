import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { Pack } from '../../src/domain/pack';
import { parsePackText } from '../../src/domain/parse-pack';
import { restoreBackup, storedCounts } from '../../src/storage/backup-repository';
import { validateBackup } from '../../src/storage/backup-format';
import { FIRST_PROFILE, openDatabase, type StoredNote } from '../../src/storage/database';
import { freshDatabaseName, readBallardPack, startTestApp, stopTestApp } from '../ui/app-harness';
import { dumpDatabase } from './database-dump';
import { createEarlierDatabase } from './earlier-database';

afterEach(stopTestApp);

const SISTER_KILLER = "Who killed the councilman's sister";

async function ballard(): Promise<Pack> {
  const parsed = parsePackText(await readBallardPack());
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.pack;
}

const hunch: StoredNote = {
  id: 'note-1',
  showId: 'ballard',
  kind: 'note',
  spoils: 'S1E10',
  title: 'A hunch about the finale',
  body: 'Someone close.',
  characters: [],
  keywords: [],
  date: null,
  source: null,
  updatedAt: 1,
};

/** Reveals as version 2 of the app stored them: by id or code alone. */
const LEGACY_REVEALS = ['entry:sister-killer', 'episode:S1E5', 'entry:note-1'];

/** A database as version 2 of the app left it. */
function createVersion2Database(name: string, pack: Pack) {
  return createEarlierDatabase(name, 2, pack, (transaction) => {
    for (const key of LEGACY_REVEALS) {
      transaction.objectStore('reveals').put({ revealedAt: 1 }, ['ballard', key]);
    }
    transaction.objectStore('notes').put(hunch);
  });
}

async function expectRevealedByName() {
  const revealed = await screen.findByRole('region', { name: 'Revealed early' });
  expect(await within(revealed).findByText(`Reveal: ${SISTER_KILLER}`)).toBeVisible();
  expect(within(revealed).getByText('S1E5: title and synopsis')).toBeVisible();
  expect(within(revealed).queryByText(/changed since you revealed/)).toBeNull();
  return revealed;
}

it('pins reveals stored before fingerprints to the content stored then', async () => {
  const name = freshDatabaseName();
  await createVersion2Database(name, await ballard());

  const { router } = await startTestApp('/shows/ballard', name);
  const revealed = await expectRevealedByName();
  expect(await within(revealed).findByText('Note: A hunch about the finale')).toBeVisible();

  await act(() => router.navigate('/shows/ballard/episodes/S1E10'));
  expect(await screen.findByRole('heading', { name: SISTER_KILLER })).toBeVisible();

  const keys = (await dumpDatabase(name)).reveals?.map(({ key }) => (key as string[])[2]);
  expect(keys?.sort()).toEqual([
    expect.stringMatching(/^entry#[0-9a-z]+:sister-killer$/),
    'entry:note-1',
    expect.stringMatching(/^episode#[0-9a-z]+:S1E5$/),
  ]);
});

it('restores a backup made before fingerprints, pinning its reveals to its own show', async () => {
  const pack = await ballard();
  const legacy = {
    createdAt: '2025-07-09T12:00:00.000Z',
    settings: { upcomingTitles: 'next' as const },
    shows: [pack],
    profiles: [FIRST_PROFILE],
    progress: [],
    reveals: [
      {
        profileId: FIRST_PROFILE.id,
        showId: 'ballard',
        revealed: ['entry:sister-killer', 'episode:S1E5'],
      },
    ],
    notes: [],
    quarantine: [],
  };
  const shows = [{ format: 'previously-pack', version: 1, ...pack }];
  const document = { format: 'previously-backup', version: 1, ...legacy, shows };
  expect(validateBackup(document)).toMatchObject({ ok: true });

  const name = freshDatabaseName();
  const database = await openDatabase(name);
  await restoreBackup(database, legacy, await storedCounts(database));
  database.close();

  const { router } = await startTestApp('/shows/ballard', name);
  await expectRevealedByName();
  await act(() => router.navigate('/shows/ballard/episodes/S1E10'));
  expect(await screen.findByRole('heading', { name: SISTER_KILLER })).toBeVisible();
});

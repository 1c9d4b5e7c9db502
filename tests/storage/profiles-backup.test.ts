import { expect, it } from 'vitest';
import { parseBackupText } from '../../src/storage/backup-format';
import { readBackup, restoreBackup, storedCounts } from '../../src/storage/backup-repository';
import { FIRST_PROFILE, openDatabase } from '../../src/storage/database';
import { loadNotes, saveNote } from '../../src/storage/notes-repository';
import { saveProfile } from '../../src/storage/profile-changes';
import { loadProfiles } from '../../src/storage/profiles-repository';
import { saveWatched } from '../../src/storage/progress-writes';
import { loadProfileItems, saveRevealed } from '../../src/storage/repository';
import { freshDatabaseName } from '../ui/app-harness';
import { storedNote } from './stored-note';

function parsed(document: unknown) {
  const result = parseBackupText(JSON.stringify(document));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.backup;
}

const BEN = { id: 'profile-ben', name: 'Ben', createdAt: 10 };

it('backs up every profile with its progress, reveals and notes, and restores them all', async () => {
  const source = await openDatabase(freshDatabaseName());
  await saveProfile(source, BEN);
  await saveWatched(source, [FIRST_PROFILE.id], 'ballard', ['S1E1', 'S1E2', 'S1E3'], true);
  await saveWatched(source, [BEN.id], 'ballard', ['S1E1'], true);
  await saveRevealed(source, BEN.id, 'ballard', ['episode:S1E5'], true);
  await saveNote(source, FIRST_PROFILE.id, storedNote('note-me', 'Mine'));
  await saveNote(source, BEN.id, storedNote('note-ben', "Ben's"));
  const { document } = await readBackup(source);
  source.close();

  const target = await openDatabase(freshDatabaseName());
  const restored = await restoreBackup(target, parsed(document), await storedCounts(target));

  expect(restored).toEqual({ restored: true });
  expect((await loadProfiles(target)).profiles).toEqual([FIRST_PROFILE, BEN]);
  expect(await loadProfileItems(target, FIRST_PROFILE.id)).toEqual({
    watched: new Map([['ballard', new Set(['S1E1', 'S1E2', 'S1E3'])]]),
    revealed: new Map(),
  });
  expect(await loadProfileItems(target, BEN.id)).toEqual({
    watched: new Map([['ballard', new Set(['S1E1'])]]),
    revealed: new Map([['ballard', new Set(['episode:S1E5'])]]),
  });
  expect((await loadNotes(target, FIRST_PROFILE.id, 'ballard')).notes).toEqual([
    storedNote('note-me', 'Mine'),
  ]);
  expect((await loadNotes(target, BEN.id, 'ballard')).notes).toEqual([
    storedNote('note-ben', "Ben's"),
  ]);
  expect(await storedCounts(target)).toMatchObject({ watched: 4, revealed: 1, notes: 2 });
  target.close();
});

it('restores a backup made before profiles into the first profile', async () => {
  const version1 = {
    format: 'previously-backup',
    version: 1,
    createdAt: '2025-07-09T12:00:00.000Z',
    settings: { upcomingTitles: 'next' },
    shows: [],
    progress: [{ showId: 'ballard', watched: ['S1E1', 'S1E2'] }],
    reveals: [{ showId: 'ballard', revealed: ['episode:S1E5'] }],
    notes: [storedNote('note-old', 'Old')],
    quarantine: [],
  };
  const target = await openDatabase(freshDatabaseName());
  await saveProfile(target, BEN);
  await saveWatched(target, [BEN.id], 'ballard', ['S1E9'], true);

  await restoreBackup(target, parsed(version1), await storedCounts(target));

  expect(await loadProfiles(target)).toEqual({
    profiles: [FIRST_PROFILE],
    activeProfileId: FIRST_PROFILE.id,
  });
  expect(await loadProfileItems(target, FIRST_PROFILE.id)).toEqual({
    watched: new Map([['ballard', new Set(['S1E1', 'S1E2'])]]),
    revealed: new Map([['ballard', new Set(['episode:S1E5'])]]),
  });
  expect((await loadNotes(target, FIRST_PROFILE.id, 'ballard')).notes).toEqual([
    storedNote('note-old', 'Old'),
  ]);
  expect(await storedCounts(target)).toMatchObject({ watched: 2, revealed: 1, notes: 1 });
  target.close();
});

it('refuses a backup whose marks name a profile it does not list', async () => {
  const { document } = await readBackup(await openDatabase(freshDatabaseName()));
  const result = parseBackupText(
    JSON.stringify({
      ...document,
      progress: [{ profileId: 'nobody', showId: 'ballard', watched: ['S1E1'] }],
    }),
  );
  expect(result).toEqual({
    ok: false,
    problems: ['progress[0].profileId: names no profile listed in "profiles"'],
  });
});

import { expect, it } from 'vitest';
import { parseBackupText } from '../../src/storage/backup-format';
import { readBackup, restoreBackup, storedCounts } from '../../src/storage/backup-repository';
import { openDatabase } from '../../src/storage/database';
import { loadSettings, saveSetting } from '../../src/storage/repository';
import { freshDatabaseName } from '../ui/app-harness';

function parsed(document: unknown) {
  const result = parseBackupText(JSON.stringify(document));
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.backup;
}

it('carries the peek length through a backup and a restore', async () => {
  const source = await openDatabase(freshDatabaseName());
  await saveSetting(source, 'peekSeconds', 12);
  const { document } = await readBackup(source);
  source.close();
  expect(document.settings).toEqual({ upcomingTitles: 'next', peekSeconds: 12 });

  const target = await openDatabase(freshDatabaseName());
  await saveSetting(target, 'peekSeconds', 3);
  await restoreBackup(target, parsed(document), await storedCounts(target));
  expect((await loadSettings(target)).peekSeconds).toBe(12);
  target.close();
});

it('restores a backup made before the peek length with the default of five seconds', async () => {
  const { document } = await readBackup(await openDatabase(freshDatabaseName()));
  const older = { ...document, settings: { upcomingTitles: 'all' } };
  const target = await openDatabase(freshDatabaseName());
  await saveSetting(target, 'peekSeconds', 20);
  await restoreBackup(target, parsed(older), await storedCounts(target));
  expect(await loadSettings(target)).toEqual({ upcomingTitles: 'all', peekSeconds: 5 });
  target.close();
});

it('refuses a backup whose peek length is not a whole number of seconds from 1 to 30', async () => {
  const { document } = await readBackup(await openDatabase(freshDatabaseName()));
  for (const peekSeconds of [0, 31, 2.5, 'five', null]) {
    const result = parseBackupText(
      JSON.stringify({ ...document, settings: { upcomingTitles: 'next', peekSeconds } }),
    );
    expect(result.ok, String(peekSeconds)).toBe(false);
    if (!result.ok)
      expect(result.problems.join('\n')).toMatch(/^settings\.peekSeconds: expected a/m);
  }
});

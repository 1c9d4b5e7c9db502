import { expect, it } from 'vitest';
import { parseBackupText } from '../../src/storage/backup-format';
import { readBackup, restoreBackup, storedCounts } from '../../src/storage/backup-repository';
import { openDatabase } from '../../src/storage/database';
import { loadShowRules, saveShowRules } from '../../src/storage/show-rules-repository';
import { freshDatabaseName } from '../ui/app-harness';

const BALLARD_RULES = {
  strict: true,
  upcoming: { next: 'title-and-synopsis', season: 'title', later: 'hidden' },
  met: ['ballard'],
} as const;

it('carries each show’s strict mode and rules by distance through a backup and a restore', async () => {
  const source = await openDatabase(freshDatabaseName());
  await saveShowRules(source, { ballard: BALLARD_RULES });
  const { document } = await readBackup(source);
  source.close();

  const parsed = parseBackupText(JSON.stringify(document));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const target = await openDatabase(freshDatabaseName());
  await restoreBackup(target, parsed.backup, await storedCounts(target));
  const restored = await loadShowRules(target);
  target.close();
  expect(restored).toEqual({ byShow: { ballard: BALLARD_RULES }, unreadable: false });
});

it('restores a backup made before per-show rules with none, and rejects rules it cannot read', async () => {
  const target = await openDatabase(freshDatabaseName());
  await saveShowRules(target, { ballard: BALLARD_RULES });
  const { document } = await readBackup(await openDatabase(freshDatabaseName()));
  const { showRules: _none, ...older } = document;
  const parsed = parseBackupText(JSON.stringify(older));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  await restoreBackup(target, parsed.backup, await storedCounts(target));
  expect(await loadShowRules(target)).toEqual({ byShow: {}, unreadable: false });
  target.close();

  const broken = parseBackupText(
    JSON.stringify({ ...document, showRules: { ballard: { strict: 'yes' } } }),
  );
  expect(broken.ok).toBe(false);
});

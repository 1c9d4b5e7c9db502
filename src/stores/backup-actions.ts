import { validateBackup, type Backup } from '../storage/backup-format';
import { readBackup, restoreBackup, storedCounts } from '../storage/backup-repository';
import { readShowExport } from '../storage/show-export';
import { describeUnchangedAfterFailure } from '../storage/storage-errors';
import { currentDatabase, tellOtherTabs } from './database-handle';
import { storesLoaded } from './start-app';

/** A file ready to download: its name and its text. */
export interface FileToSave {
  name: string;
  text: string;
}

export type ShowExportOutcome =
  | { ok: true; file: FileToSave; notesIncluded: number; notesLeftOut: string[] }
  | { ok: false; problem: string };

export async function showExported(showId: string): Promise<ShowExportOutcome> {
  const result = await readShowExport(currentDatabase(), showId);
  if (!result.ok) return result;
  return {
    ok: true,
    file: {
      name: `${showId}.recap-pack.json`,
      text: `${JSON.stringify(result.document, null, 2)}\n`,
    },
    notesIncluded: result.notesIncluded,
    notesLeftOut: result.notesLeftOut,
  };
}

export type BackupOutcome =
  { ok: true; file: FileToSave; problems: string[] } | { ok: false; problems: string[] };

/** Everything, as one file; checked to restore before it is offered. */
export async function backupMade(now = new Date()): Promise<BackupOutcome> {
  const { document, problems } = await readBackup(currentDatabase(), now);
  const check = validateBackup(document);
  if (!check.ok) {
    return {
      ok: false,
      problems: [
        'The backup would not restore, so it was not saved. Export each show on its own instead.',
        ...check.problems,
      ],
    };
  }
  return {
    ok: true,
    file: {
      name: `previously-backup-${document.createdAt.slice(0, 10)}.json`,
      text: `${JSON.stringify(document, null, 2)}\n`,
    },
    problems,
  };
}

/**
 * What restoring would replace, in words, or null when this browser holds nothing of the user's
 * that the backup lacks (a fresh start holds only the built-in show, unmarked).
 */
export async function whatRestoreReplaces(backup: Backup): Promise<string | null> {
  const counts = await storedCounts(currentDatabase());
  const inBackup = new Set(backup.shows.map((pack) => pack.show.id));
  const showsOnlyHere = counts.showIds.filter((id) => !inBackup.has(id)).length;
  if (showsOnlyHere + counts.watched + counts.revealed + counts.notes === 0) return null;
  const plural = (count: number, one: string, many: string) =>
    `${count} ${count === 1 ? one : many}`;
  return `This browser holds ${plural(counts.showIds.length, 'show', 'shows')}, ${plural(counts.watched, 'watched episode', 'watched episodes')}, ${plural(counts.revealed, 'item revealed early', 'items revealed early')} and ${plural(counts.notes, 'note', 'notes')}. Restoring replaces all of it with the backup's.`;
}

export type RestoreOutcome = { ok: true } | { ok: false; problem: string };

export async function backupRestored(backup: Backup): Promise<RestoreOutcome> {
  const database = currentDatabase();
  try {
    await restoreBackup(database, backup);
  } catch (error) {
    return { ok: false, problem: describeUnchangedAfterFailure('the backup', error) };
  }
  await storesLoaded(database);
  tellOtherTabs({ type: 'everything' });
  return { ok: true };
}

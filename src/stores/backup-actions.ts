import { validateBackup, type Backup } from '../storage/backup-format';
import {
  readBackup,
  restoreBackup,
  storedCounts,
  type StoredCounts,
} from '../storage/backup-repository';
import { readShowExport } from '../storage/show-export';
import { activeProfileId } from './active-profile';
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
  const result = await readShowExport(currentDatabase(), activeProfileId(), showId);
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

/** What a restore would replace, as the user is asked about it. */
export interface RestoreQuestion {
  /** What this browser holds now; the restore goes ahead only while it still holds this. */
  counts: StoredCounts;
  /**
   * In words, or null when this browser holds nothing of the user's that the backup lacks (a
   * fresh start holds only the built-in show, unmarked).
   */
  replaces: string | null;
}

function restoreQuestion(backup: Backup, counts: StoredCounts): RestoreQuestion {
  const inBackup = new Set(backup.shows.map((pack) => pack.show.id));
  const showsOnlyHere = counts.showIds.filter((id) => !inBackup.has(id)).length;
  if (showsOnlyHere + counts.watched + counts.revealed + counts.notes === 0) {
    return { counts, replaces: null };
  }
  const plural = (count: number, one: string, many: string) =>
    `${count} ${count === 1 ? one : many}`;
  return {
    counts,
    // Every profile's marks, reveals and notes are counted: a restore replaces them all.
    replaces: `This browser holds ${counts.profiles > 1 ? `${counts.profiles} profiles with ` : ''}${plural(counts.showIds.length, 'show', 'shows')}, ${plural(counts.watched, 'watched episode', 'watched episodes')}, ${plural(counts.revealed, 'item revealed early', 'items revealed early')} and ${plural(counts.notes, 'note', 'notes')}. Restoring replaces all of it with the backup's.`,
  };
}

export async function whatRestoreReplaces(backup: Backup): Promise<RestoreQuestion> {
  return restoreQuestion(backup, await storedCounts(currentDatabase()));
}

export type RestoreOutcome =
  | { outcome: 'restored' }
  | { outcome: 'failed'; problem: string }
  /** This browser's data changed after the user was asked: nothing was restored; ask again. */
  | { outcome: 'changed'; question: RestoreQuestion };

/** Restores the backup, provided this browser still holds what the user confirmed replacing. */
export async function backupRestored(
  backup: Backup,
  confirmed: StoredCounts,
): Promise<RestoreOutcome> {
  const database = currentDatabase();
  try {
    const result = await restoreBackup(database, backup, confirmed);
    if (!result.restored) {
      return { outcome: 'changed', question: restoreQuestion(backup, result.counts) };
    }
  } catch (error) {
    return { outcome: 'failed', problem: describeUnchangedAfterFailure('the backup', error) };
  }
  await storesLoaded(database);
  tellOtherTabs({ type: 'everything' });
  return { outcome: 'restored' };
}

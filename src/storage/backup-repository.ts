import * as v from 'valibot';
import { PACK_FORMAT, PACK_VERSION } from '../domain/pack';
import { pinLegacyRevealKeys } from '../domain/reveal-keys';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupDocument } from './backup-format';
import type { PreviouslyDatabase, QuarantinedRecord } from './database';
import { readableNotes } from './notes-repository';
import { DEFAULT_SETTINGS, groupKeys, loadEntries, type Settings } from './repository';
import { storedShowSchema } from './stored-schemas';
import type { PackDocument } from './show-export';

export interface BackupRead {
  document: BackupDocument;
  /** What could not be read; those records go into the backup's quarantine part as they were. */
  problems: string[];
}

const upcomingTitlesSchema = v.picklist(['next', 'all', 'none']);

/** Everything the browser holds, as a backup document. */
export async function readBackup(
  database: PreviouslyDatabase,
  now = new Date(),
): Promise<BackupRead> {
  const read = database.transaction(
    ['shows', 'progress', 'reveals', 'notes', 'settings'],
    'readonly',
  );
  const [showKeys, showValues, progressKeys, revealKeys, noteKeys, noteValues, upcomingTitles] =
    await Promise.all([
      read.objectStore('shows').getAllKeys(),
      read.objectStore('shows').getAll(),
      read.objectStore('progress').getAllKeys(),
      read.objectStore('reveals').getAllKeys(),
      read.objectStore('notes').getAllKeys(),
      read.objectStore('notes').getAll(),
      read.objectStore('settings').get('upcomingTitles'),
    ]);
  const problems: string[] = [];
  const shows: PackDocument[] = [];
  for (const [index, key] of showKeys.entries()) {
    const value: unknown = showValues[index];
    const parsed = v.safeParse(storedShowSchema, value);
    if (!parsed.success || parsed.output.show.id !== key) {
      await database.put(
        'quarantine',
        { store: 'shows', key, value, reason: 'stored show could not be read', at: Date.now() },
        `shows/${key}`,
      );
      problems.push(
        `The saved copy of the show "${key}" could not be read; the backup keeps it as it was, set aside.`,
      );
      continue;
    }
    const entries = await loadEntries(database, key);
    if (!entries.ok) {
      problems.push(
        `The saved recaps of "${parsed.output.show.title}" could not be read; the backup keeps them as they were, set aside.`,
      );
    }
    shows.push({
      format: PACK_FORMAT,
      version: PACK_VERSION,
      ...parsed.output,
      entries: entries.ok ? entries.entries : [],
    });
  }
  const notes = await readableNotes(
    database,
    noteKeys.map((key, index) => ({ key, value: noteValues[index] })),
  );
  problems.push(...notes.problems);
  const settings: Settings = {
    upcomingTitles: v.is(upcomingTitlesSchema, upcomingTitles)
      ? upcomingTitles
      : DEFAULT_SETTINGS.upcomingTitles,
  };
  const quarantine = await database.getAll('quarantine');
  return {
    document: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      settings,
      shows,
      progress: [...groupKeys(progressKeys)].map(([showId, watched]) => ({
        showId,
        watched: [...watched],
      })),
      reveals: [...groupKeys(revealKeys)].map(([showId, revealed]) => ({
        showId,
        revealed: [...revealed],
      })),
      notes: notes.notes,
      quarantine,
    },
    problems,
  };
}

export interface StoredCounts {
  showIds: string[];
  watched: number;
  revealed: number;
  notes: number;
}

export async function storedCounts(database: PreviouslyDatabase): Promise<StoredCounts> {
  const read = database.transaction(['shows', 'progress', 'reveals', 'notes'], 'readonly');
  const [showIds, watched, revealed, notes] = await Promise.all([
    read.objectStore('shows').getAllKeys(),
    read.objectStore('progress').count(),
    read.objectStore('reveals').count(),
    read.objectStore('notes').count(),
  ]);
  return { showIds, watched, revealed, notes };
}

function quarantineKey(record: QuarantinedRecord): string {
  return `${record.store}/${record.key}`;
}

/**
 * A backup made before reveals were tied to content lists bare ids and codes: pin them to the
 * content of the backup's own copy of the show, which is what the user revealed.
 */
function pinnedToBackup(backup: Backup, showId: string, revealKeys: readonly string[]): string[] {
  const show = backup.shows.find((pack) => pack.show.id === showId);
  return pinLegacyRevealKeys(revealKeys, show?.entries ?? [], show?.episodes ?? []);
}

/**
 * Makes storage hold what the backup holds, in one transaction: if any write fails, nothing
 * changes. Records set aside in quarantine are never cleared; the backup's are added to them.
 */
export async function restoreBackup(database: PreviouslyDatabase, backup: Backup): Promise<void> {
  const write = database.transaction(
    ['shows', 'entries', 'progress', 'reveals', 'notes', 'settings', 'quarantine'],
    'readwrite',
  );
  const quarantine = write.objectStore('quarantine');
  const existingQuarantine = new Set(await quarantine.getAllKeys());
  const restoredAt = Date.now();
  await Promise.all([
    write.objectStore('shows').clear(),
    write.objectStore('entries').clear(),
    write.objectStore('progress').clear(),
    write.objectStore('reveals').clear(),
    write.objectStore('notes').clear(),
  ]);
  await Promise.all([
    ...backup.shows.flatMap(({ show, episodes, characters, entries }) => [
      write
        .objectStore('shows')
        .put({ show, episodes: [...episodes], characters: [...characters] }, show.id),
      write.objectStore('entries').put([...entries], show.id),
    ]),
    ...backup.progress.flatMap(({ showId, watched }) =>
      watched.map((code) =>
        write.objectStore('progress').put({ watchedAt: restoredAt }, [showId, code]),
      ),
    ),
    ...backup.reveals.flatMap(({ showId, revealed }) =>
      pinnedToBackup(backup, showId, revealed).map((key) =>
        write.objectStore('reveals').put({ revealedAt: restoredAt }, [showId, key]),
      ),
    ),
    ...backup.notes.map((note) => write.objectStore('notes').put(note)),
    write.objectStore('settings').put(backup.settings.upcomingTitles, 'upcomingTitles'),
    // A set-aside record never replaces another: one from the backup whose key is taken here
    // goes in beside it, under a key of its own.
    ...backup.quarantine.map((record) => {
      const key = quarantineKey(record);
      return quarantine.put(
        record,
        existingQuarantine.has(key) ? `${key} (restored ${backup.createdAt})` : key,
      );
    }),
    write.done,
  ]);
}

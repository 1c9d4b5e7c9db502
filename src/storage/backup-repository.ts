import type { IDBPObjectStore } from 'idb';
import * as v from 'valibot';
import { PACK_FORMAT, PACK_VERSION } from '../domain/pack';
import { pinLegacyRevealKeys } from '../domain/reveal-keys';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup, type BackupDocument } from './backup-format';
import { writeAllOrNothing, writing } from './all-or-nothing';
import {
  FIRST_PROFILE,
  LIBRARY_STORES,
  type PreviouslyDatabase,
  type PreviouslySchema,
  type ProfileItemKey,
  type QuarantinedRecord,
  type StoredNoteRecord,
} from './database';
import { readableNotes } from './notes-repository';
import { profileRecords, readProfiles } from './profiles-repository';
import { unreadableProfilesSetAside } from './unreadable-profiles';
import {
  DEFAULT_SETTINGS,
  groupKeysByProfile,
  peekSecondsSchema,
  type Settings,
} from './repository';
import { loadShowRules, SHOW_RULES_KEY } from './show-rules-repository';
import { storedShowSchema } from './stored-schemas';
import { loadEntries } from './show-records';
import { summaryWritesOf } from './show-summaries';
import type { PackDocument } from './show-export';
import { isolated } from '../domain/isolated';

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
    ['shows', 'profiles', 'progress', 'reveals', 'notes', 'settings'],
    'readonly',
  );
  const [
    profileKeys,
    profileValues,
    showKeys,
    showValues,
    progressKeys,
    revealKeys,
    noteKeys,
    noteValues,
    upcomingTitles,
    peekSeconds,
  ] = await Promise.all([
    read.objectStore('profiles').getAllKeys(),
    read.objectStore('profiles').getAll(),
    read.objectStore('shows').getAllKeys(),
    read.objectStore('shows').getAll(),
    read.objectStore('progress').getAllKeys(),
    read.objectStore('reveals').getAllKeys(),
    read.objectStore('notes').getAllKeys(),
    read.objectStore('notes').getAll(),
    read.objectStore('settings').get('upcomingTitles'),
    read.objectStore('settings').get('peekSeconds'),
  ]);
  const profiles = readProfiles(profileRecords(profileKeys, profileValues));
  const problems = await unreadableProfilesSetAside(database, profiles.unreadable);
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
        `The saved copy of the show “${isolated(key)}” could not be read; the backup keeps it as it was, set aside.`,
      );
      continue;
    }
    const entries = await loadEntries(database, key);
    if (!entries.ok) {
      problems.push(
        `The saved recaps of “${isolated(parsed.output.show.title)}” could not be read; the backup keeps them as they were, set aside.`,
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
  const profileOfNote = new Map(
    noteValues.map((value) => [value.id, (value as Partial<StoredNoteRecord>).profileId]),
  );
  const byProfile = <T>(
    keys: IDBValidKey[],
    item: (profileId: string, showId: string, items: string[]) => T,
  ) =>
    [...groupKeysByProfile(keys)].flatMap(([profileId, byShow]) =>
      [...byShow].map(([showId, items]) => item(profileId, showId, [...items])),
    );
  problems.push(...notes.problems);
  const settings: Settings = {
    upcomingTitles: v.is(upcomingTitlesSchema, upcomingTitles)
      ? upcomingTitles
      : DEFAULT_SETTINGS.upcomingTitles,
    // Only a length the user chose: one never chosen, or unreadable, is the default, as restored.
    ...(v.is(peekSecondsSchema, peekSeconds) ? { peekSeconds } : {}),
  };
  const quarantine = await database.getAll('quarantine');
  const showRules = await loadShowRules(database);
  return {
    document: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: now.toISOString(),
      settings,
      ...(showRules.unreadable ? {} : { showRules: showRules.byShow }),
      shows,
      profiles: profiles.profiles,
      progress: byProfile(progressKeys, (profileId, showId, watched) => ({
        profileId,
        showId,
        watched,
      })),
      reveals: byProfile(revealKeys, (profileId, showId, revealed) => ({
        profileId,
        showId,
        revealed,
      })),
      notes: notes.notes.map((note) => ({
        ...note,
        profileId: profileOfNote.get(note.id) ?? FIRST_PROFILE.id,
      })),
      quarantine,
    },
    problems,
  };
}

export interface StoredCounts {
  profiles: number;
  showIds: string[];
  watched: number;
  revealed: number;
  notes: number;
}

type CountedStore = 'profiles' | 'shows' | 'progress' | 'reveals' | 'notes';

async function countStored(
  store: <S extends CountedStore>(
    name: S,
  ) => IDBPObjectStore<PreviouslySchema, S[], S, IDBTransactionMode>,
): Promise<StoredCounts> {
  const [profiles, showIds, watched, revealed, notes] = await Promise.all([
    store('profiles').count(),
    store('shows').getAllKeys(),
    store('progress').count(),
    store('reveals').count(),
    store('notes').count(),
  ]);
  return { profiles, showIds, watched, revealed, notes };
}

export async function storedCounts(database: PreviouslyDatabase): Promise<StoredCounts> {
  const read = database.transaction(
    ['profiles', 'shows', 'progress', 'reveals', 'notes'],
    'readonly',
  );
  return countStored((name) => read.objectStore(name));
}

const sameCounts = (a: StoredCounts, b: StoredCounts) =>
  a.profiles === b.profiles &&
  a.watched === b.watched &&
  a.revealed === b.revealed &&
  a.notes === b.notes &&
  a.showIds.join('\n') === b.showIds.join('\n');

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

export type RestoreResult =
  | { restored: true }
  /** What storage held changed since the user confirmed: nothing was restored. */
  | { restored: false; counts: StoredCounts };

/**
 * Makes storage hold what the backup holds, in one transaction: if any write fails, nothing
 * changes (WriteFailed names the step). First it counts again, in the same transaction,
 * what would be replaced: when that is no longer what the user confirmed (a mark made meanwhile,
 * here or in another tab), it changes nothing and returns the new counts. Records set aside in
 * quarantine are never cleared; the backup's are added to them.
 */
export async function restoreBackup(
  database: PreviouslyDatabase,
  backup: Backup,
  confirmed: StoredCounts,
): Promise<RestoreResult> {
  const write = database.transaction([...LIBRARY_STORES, 'settings', 'quarantine'], 'readwrite');
  const quarantine = write.objectStore('quarantine');
  const [counts, quarantineKeys] = await Promise.all([
    countStored((name) => write.objectStore(name)),
    quarantine.getAllKeys(),
  ]);
  if (!sameCounts(counts, confirmed)) {
    write.abort();
    await write.done.catch(() => undefined);
    return { restored: false, counts };
  }
  const existingQuarantine = new Set(quarantineKeys);
  const restoredAt = Date.now();
  await writeAllOrNothing(write, (queue) => {
    for (const store of LIBRARY_STORES) {
      queue(`clearing the old ${store}`, () => write.objectStore(store).clear());
    }
    backup.shows.forEach(({ show, episodes, characters, entries }, index, shows) => {
      const stored = { show, episodes: [...episodes], characters: [...characters] };
      queue(writing('show', index, shows), () => write.objectStore('shows').put(stored, show.id));
      queue(`writing the recaps of show ${index + 1} of ${shows.length}`, () =>
        write.objectStore('entries').put([...entries], show.id),
      );
      queue(`writing the summary of show ${index + 1} of ${shows.length}`, () =>
        Promise.all(summaryWritesOf(write, stored, entries)),
      );
    });
    backup.profiles.forEach((profile, index, profiles) =>
      queue(writing('profile', index, profiles), () => write.objectStore('profiles').put(profile)),
    );
    const watched = backup.progress.flatMap(({ profileId, showId, watched }) =>
      watched.map((code): ProfileItemKey => [profileId, showId, code]),
    );
    watched.forEach((key, index) =>
      queue(writing('watched mark', index, watched), () =>
        write.objectStore('progress').put({ watchedAt: restoredAt }, key),
      ),
    );
    const revealed = backup.reveals.flatMap(({ profileId, showId, revealed }) =>
      pinnedToBackup(backup, showId, revealed).map((key): ProfileItemKey => [
        profileId,
        showId,
        key,
      ]),
    );
    revealed.forEach((key, index) =>
      queue(writing('reveal', index, revealed), () =>
        write.objectStore('reveals').put({ revealedAt: restoredAt }, key),
      ),
    );
    backup.notes.forEach((note, index, notes) =>
      queue(writing('note', index, notes), () => write.objectStore('notes').put(note)),
    );
    queue('writing the settings', () =>
      write.objectStore('settings').put(backup.settings.upcomingTitles, 'upcomingTitles'),
    );
    // A backup made before the peek length, or without one chosen, had the default one.
    const { peekSeconds } = backup.settings;
    queue('writing your peek length', () =>
      peekSeconds === undefined
        ? write.objectStore('settings').delete('peekSeconds')
        : write.objectStore('settings').put(peekSeconds, 'peekSeconds'),
    );
    // A backup without rules for any show (or made before them) leaves none, as a fresh browser has.
    const { showRules } = backup;
    queue('writing your settings for each show', () =>
      showRules === undefined || Object.keys(showRules).length === 0
        ? write.objectStore('settings').delete(SHOW_RULES_KEY)
        : write.objectStore('settings').put(showRules, SHOW_RULES_KEY),
    );
    // A set-aside record never replaces another: one from the backup whose key is taken here
    // goes in beside it, under a key of its own.
    backup.quarantine.forEach((record, index, records) => {
      const key = quarantineKey(record);
      queue(writing('set-aside record', index, records), () =>
        quarantine.put(
          record,
          existingQuarantine.has(key) ? `${key} (restored ${backup.createdAt})` : key,
        ),
      );
    });
  });
  return { restored: true };
}

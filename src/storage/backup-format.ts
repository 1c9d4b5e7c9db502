import * as v from 'valibot';
import { entryCodesInOneForm } from '../domain/codes-in-one-form';
import { inOneForm } from '../domain/episode-code';
import { PACK_FORMAT, type Entry, type Pack } from '../domain/pack';
import { withoutInvisibleCharacters } from '../domain/invisible-characters';
import { entrySchema, episodeSchema, kindOf, received, showSchema } from '../domain/pack-schema';
import {
  describeFormat,
  duplicates,
  formatIssue,
  jsonSyntaxProblem,
  validatePack,
} from '../domain/parse-pack';
import { revealKeysInOneForm } from '../domain/reveal-keys';
import {
  FIRST_PROFILE,
  type Profile,
  type QuarantinedRecord,
  type StoredNoteRecord,
} from './database';
import { PEEK_SECONDS_RANGE, peekSecondsSchema, type Settings } from './repository';
import { showRulesByShowSchema, type ShowRulesByShow } from './show-rules-repository';
import type { PackDocument } from './show-export';

/**
 * A full backup: everything one browser holds, in one JSON file.
 *
 * {
 *   "format": "previously-backup", "version": 2, "createdAt": "2025-07-09T12:00:00.000Z",
 *   "settings": { "upcomingTitles": "next", "peekSeconds": 5 }, (peekSeconds optional)
 *   "showRules": { "ballard": { "strict": true, "upcoming": null, "met": [] } }, (optional)
 *   "shows": [ a recap pack per show, without the user's notes ],
 *   "profiles": [ { "id": "first", "name": "Me", "createdAt": 0 } ],
 *   "progress": [ { "profileId": "first", "showId": "ballard", "watched": ["S1E1"] } ],
 *   "reveals": [ { "profileId": "first", "showId": "ballard", "revealed": ["entry#1k2x9fz0q:finale-recap", "episode#q0b3x7:S1E2"] } ],
 *   "notes": [ { ...an entry of kind "note", "profileId": "first", "showId": "ballard", "updatedAt": 1752062400000 } ],
 *   "quarantine": [ { "store", "key", "reason", "at", "value" }: records that could not be read ]
 * }
 *
 * A reveal key names the item and a fingerprint of its content (domain/reveal-keys.ts); backups
 * made before fingerprints list "entry:<id>" and "episode:<code>", which a restore pins to the
 * backup's own copy of the show.
 *
 * Version 1 had no profiles: it has no "profiles", and its progress, reveals and notes have no
 * "profileId"; they are restored into the first profile.
 *
 * Progress, reveals and notes are kept apart from the shows, as in storage, so that those of a
 * show whose saved copy could not be read are backed up too, and a note whose episode a show no
 * longer lists keeps pointing at it.
 */

export const BACKUP_FORMAT = 'previously-backup';
export const BACKUP_VERSION = 2;
/** Room for many shows at the 64 MB a pack may have, short of what a browser can parse at once. */
export const MAX_BACKUP_BYTES = 256 * 1024 * 1024;
const MAX_PROBLEMS_LISTED = 10;

export interface Backup {
  createdAt: string;
  settings: Settings;
  /** Each show's strict mode and rules by distance; backups made before them have none. */
  showRules?: ShowRulesByShow;
  shows: Pack[];
  /** Oldest first; a backup made before profiles has the first profile alone. */
  profiles: Profile[];
  progress: { profileId: string; showId: string; watched: string[] }[];
  reveals: { profileId: string; showId: string; revealed: string[] }[];
  notes: StoredNoteRecord[];
  quarantine: QuarantinedRecord[];
}

export interface BackupDocument extends Omit<Backup, 'shows'> {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  shows: PackDocument[];
}

export type BackupResult = { ok: true; backup: Backup } | { ok: false; problems: string[] };

export function backupSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_BACKUP_BYTES) return null;
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `The file is ${megabytes} MB; a backup may be at most ${MAX_BACKUP_BYTES / (1024 * 1024)} MB.`;
}

const showId = showSchema.entries.id;

function list<TItem extends v.GenericSchema>(item: TItem) {
  return v.array(item, (issue) => `expected a list, got ${received(issue)}`);
}

function object<TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.object(entries, (issue) =>
    issue.input === undefined ? 'is missing' : `expected an object, got ${received(issue)}`,
  );
}

const revealKey = v.pipe(
  v.string((issue) => `expected a reveal key, got ${received(issue)}`),
  v.regex(/^(?:entry|episode)(?:#[0-9a-z]{1,11})?:.{1,200}$/, 'is not a reveal key'),
);

/** A note's title without direction-changing or invisible characters, as a saved note's is. */
const noteTitle = v.pipe(
  entrySchema.entries.title,
  v.transform((title) => (title === null ? null : withoutInvisibleCharacters(title) || null)),
);

const profileId = v.string((issue) => `expected a profile id, got ${received(issue)}`);
/** Whose a mark, reveal or note is; one in a backup made before profiles is the first profile's. */
const ofProfile = v.optional(profileId, FIRST_PROFILE.id);

const backupSchema = object({
  createdAt: v.pipe(
    v.string((issue) => `expected a date and time, got ${received(issue)}`),
    v.isoTimestamp('is not a date and time'),
  ),
  settings: object({
    upcomingTitles: v.picklist(
      ['next', 'all', 'none'],
      (issue) => `expected next, all or none, got ${received(issue)}`,
    ),
    peekSeconds: v.optional(
      v.pipe(
        v.number((issue) => `expected a number of seconds, got ${received(issue)}`),
        v.check(
          (seconds) => v.is(peekSecondsSchema, seconds),
          (issue) =>
            `expected a whole number of seconds from ${PEEK_SECONDS_RANGE.min} to ${PEEK_SECONDS_RANGE.max}, got ${received(issue)}`,
        ),
      ),
    ),
  }),
  showRules: v.optional(showRulesByShowSchema),
  shows: list(v.unknown()),
  profiles: v.optional(
    v.pipe(
      list(
        object({
          id: profileId,
          name: v.string((issue) => `expected a name, got ${received(issue)}`),
          createdAt: v.number((issue) => `expected a time, got ${received(issue)}`),
        }),
      ),
      v.minLength(1, 'expected at least one profile'),
    ),
    [FIRST_PROFILE],
  ),
  progress: list(
    object({ profileId: ofProfile, showId, watched: list(episodeSchema.entries.code) }),
  ),
  reveals: list(object({ profileId: ofProfile, showId, revealed: list(revealKey) })),
  notes: list(
    object({
      ...entrySchema.entries,
      title: noteTitle,
      profileId: ofProfile,
      showId,
      updatedAt: v.number((issue) => `expected a time, got ${received(issue)}`),
    }),
  ),
  quarantine: list(
    object({
      store: v.string((issue) => `expected text, got ${received(issue)}`),
      key: v.string((issue) => `expected text, got ${received(issue)}`),
      reason: v.string((issue) => `expected text, got ${received(issue)}`),
      at: v.number((issue) => `expected a time, got ${received(issue)}`),
      value: v.unknown(),
    }),
  ),
});

function envelopeProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return `The file holds ${kindOf(data)}, not a backup.`;
  }
  const { format, version } = data as Record<string, unknown>;
  if (format === PACK_FORMAT) {
    return 'This file is a recap pack, not a full backup. Import it on the "Add a show" page.';
  }
  if (format !== BACKUP_FORMAT) {
    return `format: expected "${BACKUP_FORMAT}", got ${describeFormat(format)}; this is not a Previously backup.`;
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `version: expected a whole number, got ${kindOf(version)}.`;
  }
  if (version > BACKUP_VERSION) {
    return `version: this backup is version ${version}, and this app reads versions up to ${BACKUP_VERSION}. Update the app to restore it.`;
  }
  return null;
}

/** "shows[2].episodes[0].code: …" for a problem that names a path, "shows[2]: …" otherwise. */
function withinShow(index: number, problem: string): string {
  // A duplicate names the earlier field too, which is in the same show.
  const named = problem.replace(
    / is already used by (?=[a-z]+[[.])/i,
    ` is already used by shows[${index}].`,
  );
  return /^[a-z]+[[.:]/i.test(named) ? `shows[${index}].${named}` : `shows[${index}]: ${named}`;
}

/**
 * Progress, reveals and notes with their episode codes in one form ("S1E1" for "S01E01"), as the
 * shows' codes are once validated. `entriesAsWritten` holds each show's entries as the file wrote
 * them, whose fingerprints the backup's reveal keys were made from.
 */
function codesInOneForm(
  backup: Backup,
  entriesAsWritten: ReadonlyMap<string, readonly Entry[]>,
): Backup {
  return {
    ...backup,
    progress: backup.progress.map(({ profileId, showId, watched }) => ({
      profileId,
      showId,
      watched: [...new Set(watched.map(inOneForm))],
    })),
    reveals: backup.reveals.map(({ profileId, showId, revealed }) => {
      const renamed = revealKeysInOneForm(revealed, entriesAsWritten.get(showId) ?? []);
      return {
        profileId,
        showId,
        revealed: [...new Set(revealed.map((key) => renamed.get(key) ?? key))],
      };
    }),
    notes: backup.notes.map((note) => ({
      ...entryCodesInOneForm(note),
      profileId: note.profileId,
    })),
  };
}

/** Marks, reveals and notes must belong to a profile the backup lists. */
function unknownProfiles(backup: Omit<Backup, 'shows'>): string[] {
  const listed = new Set(backup.profiles.map((profile) => profile.id));
  const parts = [
    ['progress', backup.progress],
    ['reveals', backup.reveals],
    ['notes', backup.notes],
  ] as const;
  return parts.flatMap(([name, items]) =>
    items.flatMap((item, index) =>
      listed.has(item.profileId)
        ? []
        : [`${name}[${index}].profileId: names no profile listed in "profiles"`],
    ),
  );
}

/** Checks a whole backup, every show by the pack rules, before anything is written. */
export function validateBackup(data: unknown): BackupResult {
  const envelope = envelopeProblem(data);
  if (envelope) return { ok: false, problems: [envelope] };
  const parsed = v.safeParse(backupSchema, data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.issues.slice(0, MAX_PROBLEMS_LISTED).map(formatIssue),
    };
  }
  const backup = parsed.output;
  const shows: Pack[] = [];
  /** Where each readable show is in the file, so a duplicate names the right one. */
  const showIndexes: number[] = [];
  const problems: string[] = [];
  const entriesAsWritten = new Map<string, readonly Entry[]>();
  backup.shows.forEach((document, index) => {
    const result = validatePack(document);
    if (result.ok) {
      shows.push(result.pack);
      entriesAsWritten.set(result.pack.show.id, result.asWritten.entries);
      showIndexes.push(index);
    } else problems.push(...result.problems.map((problem) => withinShow(index, problem)));
  });
  problems.push(
    ...duplicates(
      shows.map((pack) => pack.show.id),
      (index) => `shows[${showIndexes[index] ?? index}].show.id`,
    ),
    ...duplicates(
      backup.profiles.map((profile) => profile.id),
      (index) => `profiles[${index}].id`,
    ),
    ...duplicates(
      backup.progress.map((item) => `${item.profileId}\n${item.showId}`),
      (index) => `progress[${index}].showId`,
    ),
    ...duplicates(
      backup.reveals.map((item) => `${item.profileId}\n${item.showId}`),
      (index) => `reveals[${index}].showId`,
    ),
    ...unknownProfiles(backup),
    ...duplicates(
      backup.notes.map((note) => note.id),
      (index) => `notes[${index}].id`,
    ),
  );
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS_LISTED) };
  return { ok: true, backup: codesInOneForm({ ...backup, shows }, entriesAsWritten) };
}

export function parseBackupText(text: string): BackupResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(text, error)] };
  }
  return validateBackup(data);
}

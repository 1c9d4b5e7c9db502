import * as v from 'valibot';
import type { UpcomingTitles } from '../domain/gate';
import type { Entry } from '../domain/pack';
import { writeAllOrNothing } from './all-or-nothing';
import {
  showKeyRange,
  type PreviouslyDatabase,
  type PreviouslySchema,
  type StoredShow,
} from './database';
import { storedEntriesSchema, storedShowSchema } from './stored-schemas';

export interface Settings {
  upcomingTitles: UpcomingTitles;
  /** How long a timed peek shows a covered item, in seconds; a backup holds it once chosen. */
  peekSeconds?: number;
}

export const PEEK_SECONDS_RANGE = { min: 1, max: 30 } as const;

export const DEFAULT_PEEK_SECONDS = 5;

export const DEFAULT_SETTINGS: Settings = {
  upcomingTitles: 'next',
  peekSeconds: DEFAULT_PEEK_SECONDS,
};

export interface Snapshot {
  shows: StoredShow[];
  /** Show ids whose stored record could not be read; their content stays covered. */
  unreadableShowIds: string[];
  watched: Map<string, Set<string>>;
  revealed: Map<string, Set<string>>;
  settings: Settings;
  /** Plain-language reports of what could not be read and where it was kept. */
  problems: string[];
}

async function quarantine(
  database: PreviouslyDatabase,
  store: keyof PreviouslySchema & string,
  key: string,
  value: unknown,
  reason: string,
): Promise<void> {
  await database.put(
    'quarantine',
    { store, key, value, reason, at: Date.now() },
    `${store}/${key}`,
  );
}

/** Keys [showId, item] grouped by show: how progress and reveals are read back. */
export function groupKeys(keys: IDBValidKey[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const key of keys) {
    if (!Array.isArray(key) || typeof key[0] !== 'string' || typeof key[1] !== 'string') continue;
    const group = groups.get(key[0]) ?? new Set<string>();
    group.add(key[1]);
    groups.set(key[0], group);
  }
  return groups;
}

const upcomingTitlesSchema = v.picklist(['next', 'all', 'none']);

export const peekSecondsSchema = v.pipe(
  v.number(),
  v.integer(),
  v.minValue(PEEK_SECONDS_RANGE.min),
  v.maxValue(PEEK_SECONDS_RANGE.max),
);

/** A peek ends by itself however long it is, so an unreadable length simply falls back. */
function readPeekSeconds(peekSeconds: unknown): number {
  return v.is(peekSecondsSchema, peekSeconds) ? peekSeconds : DEFAULT_PEEK_SECONDS;
}

function readSettings(
  upcomingTitles: unknown,
  storedPeekSeconds: unknown,
): { settings: Settings; problem: string | null } {
  const peekSeconds = readPeekSeconds(storedPeekSeconds);
  if (upcomingTitles === undefined) {
    return { settings: { ...DEFAULT_SETTINGS, peekSeconds }, problem: null };
  }
  const parsed = v.safeParse(upcomingTitlesSchema, upcomingTitles);
  return parsed.success
    ? { settings: { upcomingTitles: parsed.output, peekSeconds }, problem: null }
    : {
        // Fail closed: an unreadable choice might have been "none".
        settings: { upcomingTitles: 'none', peekSeconds },
        problem:
          'A saved setting could not be read, so upcoming episode titles are hidden until you choose again in Settings.',
      };
}

export async function loadSettings(database: PreviouslyDatabase): Promise<Settings> {
  return readSettings(
    await database.get('settings', 'upcomingTitles'),
    await database.get('settings', 'peekSeconds'),
  ).settings;
}

export type ShowResult = { ok: true; show: StoredShow } | { ok: false; problem: string };

/** A stored show record, checked; one that cannot be read is kept aside and reported. */
async function readShowRecord(
  database: PreviouslyDatabase,
  key: string,
  value: unknown,
): Promise<ShowResult> {
  const parsed = v.safeParse(storedShowSchema, value);
  if (parsed.success && parsed.output.show.id === key) return { ok: true, show: parsed.output };
  await quarantine(database, 'shows', key, value, 'stored show could not be read');
  return {
    ok: false,
    problem: `The saved copy of the show "${key}" could not be read. It was kept aside unchanged and its content stays covered; import its recap pack again to use it.`,
  };
}

/** One show as stored now, or undefined when there is none. */
export async function loadShow(
  database: PreviouslyDatabase,
  showId: string,
): Promise<ShowResult | undefined> {
  const value: unknown = await database.get('shows', showId);
  return value === undefined ? undefined : readShowRecord(database, showId, value);
}

export async function loadSnapshot(database: PreviouslyDatabase): Promise<Snapshot> {
  const transaction = database.transaction(
    ['shows', 'progress', 'reveals', 'settings'],
    'readonly',
  );
  const [showKeys, showValues, progressKeys, revealKeys, upcomingTitles, peekSeconds] =
    await Promise.all([
      transaction.objectStore('shows').getAllKeys(),
      transaction.objectStore('shows').getAll(),
      transaction.objectStore('progress').getAllKeys(),
      transaction.objectStore('reveals').getAllKeys(),
      transaction.objectStore('settings').get('upcomingTitles'),
      transaction.objectStore('settings').get('peekSeconds'),
    ]);
  const shows: StoredShow[] = [];
  const unreadableShowIds: string[] = [];
  const problems: string[] = [];
  for (const [index, key] of showKeys.entries()) {
    const result = await readShowRecord(database, key, showValues[index]);
    if (result.ok) {
      shows.push(result.show);
    } else {
      unreadableShowIds.push(key);
      problems.push(result.problem);
    }
  }
  const { settings, problem } = readSettings(upcomingTitles, peekSeconds);
  if (problem) problems.push(problem);
  return {
    shows,
    unreadableShowIds,
    watched: groupKeys(progressKeys),
    revealed: groupKeys(revealKeys),
    settings,
    problems,
  };
}

export type EntriesResult = { ok: true; entries: Entry[] } | { ok: false; problem: string };

export async function loadEntries(
  database: PreviouslyDatabase,
  showId: string,
): Promise<EntriesResult> {
  const value: unknown = await database.get('entries', showId);
  if (value === undefined) return { ok: true, entries: [] };
  const parsed = v.safeParse(storedEntriesSchema, value);
  if (parsed.success) return { ok: true, entries: parsed.output };
  await quarantine(database, 'entries', showId, value, 'stored entries could not be read');
  return {
    ok: false,
    problem: `The saved recaps of "${showId}" could not be read. They were kept aside unchanged and stay covered; import the show's recap pack again to use them.`,
  };
}

export async function saveShow(
  database: PreviouslyDatabase,
  show: StoredShow,
  entries: readonly Entry[],
): Promise<void> {
  const transaction = database.transaction(['shows', 'entries'], 'readwrite');
  await writeAllOrNothing(transaction, (queue) => {
    queue('writing the show', () => transaction.objectStore('shows').put(show, show.show.id));
    queue('writing its recaps', () =>
      transaction.objectStore('entries').put([...entries], show.show.id),
    );
  });
}

/** Stores holding one record per show and item, keyed [showId, item]: progress and reveals. */
type ShowItemStore = 'progress' | 'reveals';

const stampFor: { [S in ShowItemStore]: (at: number) => PreviouslySchema[S]['value'] } = {
  progress: (at) => ({ watchedAt: at }),
  reveals: (at) => ({ revealedAt: at }),
};

/** Writes or deletes just these items' records, whatever else the show holds. */
async function saveShowItems<S extends ShowItemStore>(
  database: PreviouslyDatabase,
  store: S,
  showId: string,
  items: readonly string[],
  present: boolean,
): Promise<void> {
  const transaction = database.transaction(store, 'readwrite');
  const record = stampFor[store](Date.now());
  await Promise.all([
    ...items.map((item) =>
      present
        ? transaction.store.put(record, [showId, item])
        : transaction.store.delete([showId, item]),
    ),
    transaction.done,
  ]);
}

async function readShowItems(
  database: PreviouslyDatabase,
  store: ShowItemStore,
  showId: string,
): Promise<Set<string>> {
  const keys = await database.getAllKeys(store, showKeyRange(showId));
  return groupKeys(keys).get(showId) ?? new Set();
}

export const saveWatched = (
  database: PreviouslyDatabase,
  showId: string,
  codes: readonly string[],
  watched: boolean,
) => saveShowItems(database, 'progress', showId, codes, watched);

export const readWatched = (database: PreviouslyDatabase, showId: string) =>
  readShowItems(database, 'progress', showId);

export const clearWatched = (database: PreviouslyDatabase, showId: string) =>
  database.delete('progress', showKeyRange(showId));

export const saveRevealed = (
  database: PreviouslyDatabase,
  showId: string,
  revealKeys: readonly string[],
  revealed: boolean,
) => saveShowItems(database, 'reveals', showId, revealKeys, revealed);

export const readRevealed = (database: PreviouslyDatabase, showId: string) =>
  readShowItems(database, 'reveals', showId);

export const clearRevealed = (database: PreviouslyDatabase, showId: string) =>
  database.delete('reveals', showKeyRange(showId));

export async function saveSetting<K extends keyof Settings>(
  database: PreviouslyDatabase,
  name: K,
  value: Settings[K],
): Promise<void> {
  await database.put('settings', value, name);
}

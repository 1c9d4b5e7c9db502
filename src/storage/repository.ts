import * as v from 'valibot';
import type { UpcomingTitles } from '../domain/gate';
import type { ProgressSummary } from '../domain/progress-summary';
import type { Entry } from '../domain/pack';
import { headsMissing, type ShowSummary } from '../domain/show-summary';
import { writeAllOrNothing } from './all-or-nothing';
import {
  profileRange,
  profileShowRange,
  type PreviouslyDatabase,
  type StoredShow,
  type Profile,
} from './database';
import {
  ACTIVE_PROFILE_KEY,
  activeProfileOf,
  profileRecords,
  readProfiles,
} from './profiles-repository';
import { readShowSummary, summaryWithHeadsRead, summaryWritesOf } from './show-summaries';
import { readProgressSummaries } from './progress-summaries';
import { unreadableProfilesSetAside } from './unreadable-profiles';

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
  /** What the library shows of each show; episodes, characters and recaps are read by its pages. */
  summaries: ShowSummary[];
  /** Show ids whose stored record could not be read; their content stays covered. */
  unreadableShowIds: string[];
  profiles: Profile[];
  /** The profile this browser chose last, whose progress and reveals the snapshot holds. */
  activeProfileId: string;
  /** Its progress summaries by show: no marks are read until a page of the show needs them. */
  progressSummaries: Map<string, ProgressSummary>;
  revealed: Map<string, Set<string>>;
  settings: Settings;
  /** Plain-language reports of what could not be read and where it was kept. */
  problems: string[];
}

/** Keys [profileId, showId, item] grouped by show: how one profile's progress and reveals are read back. */
function groupKeys(keys: IDBValidKey[]): Map<string, Set<string>> {
  const groups = new Map<string, Set<string>>();
  for (const key of keys) {
    if (!Array.isArray(key) || typeof key[1] !== 'string' || typeof key[2] !== 'string') continue;
    const group = groups.get(key[1]) ?? new Set<string>();
    group.add(key[2]);
    groups.set(key[1], group);
  }
  return groups;
}

/** Keys [profileId, showId, item] grouped by profile, then by show. */
export function groupKeysByProfile(
  keys: readonly IDBValidKey[],
): Map<string, Map<string, Set<string>>> {
  const keysByProfile = new Map<string, IDBValidKey[]>();
  for (const key of keys) {
    if (!Array.isArray(key) || typeof key[0] !== 'string') continue;
    const own = keysByProfile.get(key[0]);
    if (own) own.push(key);
    else keysByProfile.set(key[0], [key]);
  }
  return new Map([...keysByProfile].map(([profileId, own]) => [profileId, groupKeys(own)]));
}

export const upcomingTitlesSchema = v.picklist(['next', 'all', 'none']);

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

export async function loadSnapshot(database: PreviouslyDatabase): Promise<Snapshot> {
  const transaction = database.transaction(
    [
      'shows',
      'showSummaries',
      'episodeHeads',
      'progressSummaries',
      'reveals',
      'settings',
      'profiles',
    ],
    'readonly',
  );
  const [
    showKeys,
    summaryKeys,
    summaryValues,
    profileKeys,
    profileValues,
    chosenProfile,
    upcomingTitles,
    peekSeconds,
  ] = await Promise.all([
    transaction.objectStore('shows').getAllKeys(),
    transaction.objectStore('showSummaries').getAllKeys(),
    transaction.objectStore('showSummaries').getAll(),
    transaction.objectStore('profiles').getAllKeys(),
    transaction.objectStore('profiles').getAll(),
    transaction.objectStore('settings').get(ACTIVE_PROFILE_KEY),
    transaction.objectStore('settings').get('upcomingTitles'),
    transaction.objectStore('settings').get('peekSeconds'),
  ]);
  const { profiles, unreadable } = readProfiles(profileRecords(profileKeys, profileValues));
  const activeProfileId = activeProfileOf(profiles, chosenProfile);
  const [progressKeys, progressValues, revealKeys] = await Promise.all([
    transaction.objectStore('progressSummaries').getAllKeys(profileRange(activeProfileId)),
    transaction.objectStore('progressSummaries').getAll(profileRange(activeProfileId)),
    transaction.objectStore('reveals').getAllKeys(profileRange(activeProfileId)),
  ]);
  const progressSummaries = readProgressSummaries(progressKeys, progressValues);
  const stored = new Map(summaryKeys.map((key, index) => [key, summaryValues[index]]));
  // Of each show's episode heads, only the chunks its tile reads, in this same transaction.
  const read = await Promise.all(
    showKeys.map((key) => {
      const summary = readShowSummary(key, stored.get(key));
      if (!summary) return null;
      const counted = progressSummaries.get(key);
      const horizon = counted?.orderKey === summary.orderKey ? counted.horizon : null;
      return summaryWithHeadsRead(transaction, summary, headsMissing(summary, horizon));
    }),
  );
  const summaries: ShowSummary[] = [];
  const unreadableShowIds: string[] = [];
  const problems: string[] = [];
  for (const [index, key] of showKeys.entries()) {
    const summary = read[index];
    const result = summary
      ? { ok: true as const, summary }
      : await (await import('./show-records')).summaryRebuilt(database, key);
    if (result === undefined) continue;
    if (result.ok) {
      summaries.push(result.summary);
    } else {
      unreadableShowIds.push(key);
      problems.push(result.problem);
    }
  }
  problems.push(...(await unreadableProfilesSetAside(database, unreadable)));
  const { settings, problem } = readSettings(upcomingTitles, peekSeconds);
  if (problem) problems.push(problem);
  return {
    summaries,
    unreadableShowIds,
    profiles,
    activeProfileId,
    progressSummaries,
    revealed: groupKeys(revealKeys),
    settings,
    problems,
  };
}

export async function saveShow(
  database: PreviouslyDatabase,
  show: StoredShow,
  entries: readonly Entry[],
): Promise<void> {
  const transaction = database.transaction(
    ['shows', 'entries', 'showSummaries', 'episodeHeads'],
    'readwrite',
  );
  await writeAllOrNothing(transaction, (queue) => {
    queue('writing the show', () => transaction.objectStore('shows').put(show, show.show.id));
    queue('writing its recaps', () =>
      transaction.objectStore('entries').put([...entries], show.show.id),
    );
    queue('writing its summary', () => Promise.all(summaryWritesOf(transaction, show, entries)));
  });
}

/** Stores holding one record per profile, show and item, keyed [profileId, showId, item]. */
type ShowItemStore = 'progress' | 'reveals';

async function readShowItems(
  database: PreviouslyDatabase,
  store: ShowItemStore,
  profileId: string,
  showId: string,
): Promise<Set<string>> {
  const keys = await database.getAllKeys(store, profileShowRange(profileId, showId));
  return groupKeys(keys).get(showId) ?? new Set();
}

export const readWatched = (database: PreviouslyDatabase, profileId: string, showId: string) =>
  readShowItems(database, 'progress', profileId, showId);

/** Writes or deletes just these reveals' records, whatever else the show holds. */
export async function saveRevealed(
  database: PreviouslyDatabase,
  profileId: string,
  showId: string,
  revealKeys: readonly string[],
  revealed: boolean,
): Promise<void> {
  const transaction = database.transaction('reveals', 'readwrite');
  const record = { revealedAt: Date.now() };
  await Promise.all([
    ...revealKeys.map((key) =>
      revealed
        ? transaction.store.put(record, [profileId, showId, key])
        : transaction.store.delete([profileId, showId, key]),
    ),
    transaction.done,
  ]);
}

export const readRevealed = (database: PreviouslyDatabase, profileId: string, showId: string) =>
  readShowItems(database, 'reveals', profileId, showId);

export const clearRevealed = (database: PreviouslyDatabase, profileId: string, showId: string) =>
  database.delete('reveals', profileShowRange(profileId, showId));

/** One profile's reveals, by show. */
export async function loadRevealed(
  database: PreviouslyDatabase,
  profileId: string,
): Promise<Map<string, Set<string>>> {
  return groupKeys(await database.getAllKeys('reveals', profileRange(profileId)));
}

/** One profile's progress and reveals, by show. */
export async function loadProfileItems(
  database: PreviouslyDatabase,
  profileId: string,
): Promise<{ watched: Map<string, Set<string>>; revealed: Map<string, Set<string>> }> {
  const transaction = database.transaction(['progress', 'reveals'], 'readonly');
  const [progressKeys, revealKeys] = await Promise.all([
    transaction.objectStore('progress').getAllKeys(profileRange(profileId)),
    transaction.objectStore('reveals').getAllKeys(profileRange(profileId)),
  ]);
  return { watched: groupKeys(progressKeys), revealed: groupKeys(revealKeys) };
}

/** Ballard was added once: a start with an empty library does not add it again. */
export const builtInShowSeeded = (database: PreviouslyDatabase) =>
  database.put('settings', true, 'defaultPackSeeded');

export const isBuiltInShowSeeded = async (database: PreviouslyDatabase) =>
  (await database.get('settings', 'defaultPackSeeded')) === true;

export async function saveSetting<K extends keyof Settings>(
  database: PreviouslyDatabase,
  name: K,
  value: Settings[K],
): Promise<void> {
  await database.put('settings', value, name);
}

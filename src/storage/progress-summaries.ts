import * as v from 'valibot';
import type { CodeOrder } from '../domain/episode-order';
import { progressSummaryOf, type ProgressSummary } from '../domain/progress-summary';
import { profileRange, profileShowRange, type PreviouslyDatabase } from './database';

const progressSummarySchema = v.object({
  orderKey: v.string(),
  watchedCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  skipped: v.pipe(v.number(), v.integer(), v.minValue(0)),
  horizon: v.nullable(v.string()),
  // Absent from summaries stored before runs were kept: they are counted again.
  watchedRuns: v.optional(v.nullable(v.array(v.number()))),
});

/**
 * One profile's progress summaries by show, as the snapshot's transaction read them. One that
 * cannot be read is left out: it is counted again from the marks, which it only ever repeats.
 */
export function readProgressSummaries(
  keys: readonly IDBValidKey[],
  values: readonly unknown[],
): Map<string, ProgressSummary> {
  const summaries = new Map<string, ProgressSummary>();
  keys.forEach((key, index) => {
    const parsed = v.safeParse(progressSummarySchema, values[index]);
    if (parsed.success && Array.isArray(key) && typeof key[1] === 'string') {
      summaries.set(key[1], parsed.output);
    }
  });
  return summaries;
}

/** A profile's progress summaries, read apart from a snapshot (another profile, another tab's change). */
export async function loadProgressSummaries(
  database: PreviouslyDatabase,
  profileId: string,
): Promise<Map<string, ProgressSummary>> {
  const transaction = database.transaction('progressSummaries', 'readonly');
  const [keys, values] = await Promise.all([
    transaction.store.getAllKeys(profileRange(profileId)),
    transaction.store.getAll(profileRange(profileId)),
  ]);
  return readProgressSummaries(keys, values);
}

/**
 * A profile's marks on a show as stored, counted against the show's order; the counts are stored
 * in the same transaction, so a mark in another tab cannot fall between the read and the write.
 */
export async function progressRecounted(
  database: PreviouslyDatabase,
  profileId: string,
  showId: string,
  order: CodeOrder,
): Promise<{ watched: Set<string>; summary: ProgressSummary }> {
  const transaction = database.transaction(['progress', 'progressSummaries'], 'readwrite');
  const keys = await transaction
    .objectStore('progress')
    .getAllKeys(profileShowRange(profileId, showId));
  const watched = new Set(keys.map((key) => key[2]));
  const summary = progressSummaryOf(order, watched);
  await Promise.all([
    transaction.objectStore('progressSummaries').put(summary, [profileId, showId]),
    transaction.done,
  ]);
  return { watched, summary };
}

/** One profile's summary of one show, or undefined when there is none that can be read. */
export async function loadProgressSummary(
  database: PreviouslyDatabase,
  profileId: string,
  showId: string,
): Promise<ProgressSummary | undefined> {
  const value: unknown = await database.get('progressSummaries', [profileId, showId]);
  return readProgressSummaries([[profileId, showId]], [value]).get(showId);
}

import type { CodeOrder } from '../domain/episode-order';
import { progressSummaryOf, type ProgressSummary } from '../domain/progress-summary';
import { profileShowRange, type PreviouslyDatabase } from './database';

/**
 * Writing marks: apart from the reads in repository.ts, so that the first page, which marks
 * nothing, does not carry it.
 */

/** A profile's marks on a show as a write counted them, and the summary it stored (null: none). */
export interface CountedMarks {
  watched: Set<string>;
  summary: ProgressSummary | null;
}

/**
 * Marks or unmarks episodes for each of these profiles and counts their marks on the show again
 * (progress-summary.ts), in one transaction: the counts include other tabs' marks. Without the
 * show's order the counts are dropped instead, and counted again when a tile next needs them.
 * Resolves to each profile's marks as counted, so that nothing is read back.
 */
export async function saveWatched(
  database: PreviouslyDatabase,
  profileIds: readonly string[],
  showId: string,
  codes: readonly string[],
  watched: boolean,
  order?: CodeOrder,
): Promise<Map<string, CountedMarks>> {
  const { transaction, progress, summaries } = progressWrite(database);
  const record = { watchedAt: Date.now() };
  const writes = profileIds.flatMap((profileId) =>
    codes.map((code) =>
      watched
        ? progress.put(record, [profileId, showId, code])
        : progress.delete([profileId, showId, code]),
    ),
  );
  const recounts = Promise.all(
    profileIds.map(
      async (profileId) =>
        [profileId, await recounted(progress, summaries, profileId, showId, order)] as const,
    ),
  );
  const [counted] = await Promise.all([recounts, ...writes, transaction.done]);
  return new Map(counted);
}

/**
 * Stores marks and unmarks another device made, each with its own time, for one profile's show,
 * and counts its marks again, in one transaction.
 */
export async function syncedMarksStored(
  database: PreviouslyDatabase,
  profileId: string,
  showId: string,
  changes: readonly { code: string; watchedAt: number | null }[],
  order?: CodeOrder,
): Promise<void> {
  const { transaction, progress, summaries } = progressWrite(database);
  const writes = changes.map(({ code, watchedAt }) =>
    watchedAt === null
      ? progress.delete([profileId, showId, code])
      : progress.put({ watchedAt }, [profileId, showId, code]),
  );
  const recount = recounted(progress, summaries, profileId, showId, order);
  await Promise.all([...writes, recount, transaction.done]);
}

function progressWrite(database: PreviouslyDatabase) {
  const transaction = database.transaction(['progress', 'progressSummaries'], 'readwrite');
  return {
    transaction,
    progress: transaction.objectStore('progress'),
    summaries: transaction.objectStore('progressSummaries'),
  };
}

type ProgressWrite = ReturnType<typeof progressWrite>;

/** Requests run in the order made, so the count sees the writes queued before it. */
async function recounted(
  progress: ProgressWrite['progress'],
  summaries: ProgressWrite['summaries'],
  profileId: string,
  showId: string,
  order: CodeOrder | undefined,
): Promise<CountedMarks> {
  const keys = await progress.getAllKeys(profileShowRange(profileId, showId));
  const watched = new Set(keys.map((key) => key[2]));
  if (!order) {
    await summaries.delete([profileId, showId]);
    return { watched, summary: null };
  }
  const summary = progressSummaryOf(order, watched);
  await summaries.put(summary, [profileId, showId]);
  return { watched, summary };
}

/** Unmarks every episode of a show for a profile; its summary goes too, so none says otherwise. */
export async function clearWatched(
  database: PreviouslyDatabase,
  profileId: string,
  showId: string,
): Promise<void> {
  const transaction = database.transaction(['progress', 'progressSummaries'], 'readwrite');
  await Promise.all([
    transaction.objectStore('progress').delete(profileShowRange(profileId, showId)),
    transaction.objectStore('progressSummaries').delete([profileId, showId]),
    transaction.done,
  ]);
}

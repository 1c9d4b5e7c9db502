import type { CodeOrder } from '../domain/episode-order';
import { progressSummaryOf } from '../domain/progress-summary';
import { profileShowRange, type PreviouslyDatabase } from './database';

/**
 * Writing marks: apart from the reads in repository.ts, so that the first page, which marks
 * nothing, does not carry it.
 */

/**
 * Marks or unmarks episodes for each of these profiles and counts their marks on the show again
 * (progress-summary.ts), in one transaction: the counts include other tabs' marks. Without the
 * show's order the counts are dropped instead, and counted again when a tile next needs them.
 */
export async function saveWatched(
  database: PreviouslyDatabase,
  profileIds: readonly string[],
  showId: string,
  codes: readonly string[],
  watched: boolean,
  order?: CodeOrder,
): Promise<void> {
  const { transaction, progress, summaries } = progressWrite(database);
  const record = { watchedAt: Date.now() };
  const writes = profileIds.flatMap((profileId) =>
    codes.map((code) =>
      watched
        ? progress.put(record, [profileId, showId, code])
        : progress.delete([profileId, showId, code]),
    ),
  );
  const recounts = profileIds.map((profileId) =>
    recounted(progress, summaries, profileId, showId, order),
  );
  await Promise.all([...writes, ...recounts, transaction.done]);
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
): Promise<void> {
  if (!order) return summaries.delete([profileId, showId]);
  const keys = await progress.getAllKeys(profileShowRange(profileId, showId));
  const summary = progressSummaryOf(order, new Set(keys.map((key) => key[2])));
  await summaries.put(summary, [profileId, showId]);
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

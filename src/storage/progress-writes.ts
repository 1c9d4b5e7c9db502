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
  const transaction = database.transaction(['progress', 'progressSummaries'], 'readwrite');
  const progress = transaction.objectStore('progress');
  const summaries = transaction.objectStore('progressSummaries');
  const record = { watchedAt: Date.now() };
  const writes = profileIds.flatMap((profileId) =>
    codes.map((code) =>
      watched
        ? progress.put(record, [profileId, showId, code])
        : progress.delete([profileId, showId, code]),
    ),
  );
  // Requests run in the order made, so each count sees this transaction's writes.
  const recounts = profileIds.map(async (profileId) => {
    if (!order) return summaries.delete([profileId, showId]);
    const keys = await progress.getAllKeys(profileShowRange(profileId, showId));
    const summary = progressSummaryOf(order, new Set(keys.map((key) => key[2])));
    await summaries.put(summary, [profileId, showId]);
  });
  await Promise.all([...writes, ...recounts, transaction.done]);
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

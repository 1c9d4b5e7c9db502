import type { CodeOrder } from './episode-order';
import { orderKeyOf, type ProgressSummary } from './progress-summary';

/**
 * Taking a show's watched set from its progress summary: apart from progress-summary.ts, so that
 * the library's first page, which ticks no episode, does not carry it.
 */

/**
 * The watched set a summary's runs stand for, when they agree with its counts and furthest
 * episode in `order` (the one it was counted against); null otherwise, and the marks are read.
 */
export function watchedOfRuns(
  order: CodeOrder,
  summary: ProgressSummary,
): ReadonlySet<string> | null {
  const runs = summary.watchedRuns;
  if (!runs || runs.length % 2 !== 0 || summary.orderKey !== orderKeyOf(order.codes)) {
    return null;
  }
  const watched = new Set<string>();
  let after = -1;
  for (let at = 0; at < runs.length; at += 2) {
    const first = runs[at] ?? -1;
    const last = runs[at + 1] ?? -1;
    if (!Number.isInteger(first) || !Number.isInteger(last)) return null;
    if (first <= after || last < first || last >= order.codes.length) return null;
    for (let position = first; position <= last; position++) {
      watched.add(order.codes[position] ?? '');
    }
    after = last;
  }
  const horizon = after < 0 ? null : order.codes[after];
  const skipped = after + 1 - watched.size;
  const agrees =
    watched.size === summary.watchedCount &&
    horizon === summary.horizon &&
    skipped === summary.skipped;
  return agrees ? watched : null;
}

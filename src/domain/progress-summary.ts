import { horizonPosition, type CodeOrder } from './episode-order';

/**
 * What a library tile needs of one profile's marks on a show, stored beside the marks so that
 * start-up reads one small record a show instead of every watched episode. It holds only the
 * user's own marks: no spoiler.
 */
export interface ProgressSummary {
  /** The show's episode order it was counted against (orderKeyOf): stale once that changes. */
  readonly orderKey: string;
  /** Watched episodes the show lists. */
  readonly watchedCount: number;
  /** Unwatched episodes before the furthest watched one. */
  readonly skipped: number;
  /** The furthest watched episode the show lists; null when none is. */
  readonly horizon: string | null;
  /**
   * The watched episodes' positions in that order as runs, first and last of each in turn
   * ([0, 41, 45, 45]: the first 42, and the 46th), so that a show's page takes its marks from
   * here instead of reading one record a mark. Null when they make more than MAX_WATCHED_RUNS
   * runs or a mark is on an episode the show does not list: the page then reads the marks.
   * Absent from a summary counted before runs were kept, which is counted again.
   */
  readonly watchedRuns?: readonly number[] | null;
}

/** Runs a summary holds at most: a few hundred bytes, however the marks are spread. */
export const MAX_WATCHED_RUNS = 64;

const orderKeys = new WeakMap<readonly string[], string>();

/**
 * A fingerprint of a show's episode codes in watch order (two 32-bit FNV-1a hashes and the
 * count), so a summary counted against another order is known to be stale.
 */
export function orderKeyOf(codes: readonly string[]): string {
  let key = orderKeys.get(codes);
  if (key === undefined) {
    let first = 0x811c9dc5;
    let second = 0x01000193;
    for (const code of codes) {
      for (let at = 0; at < code.length; at++) {
        const unit = code.charCodeAt(at);
        first = Math.imul(first ^ unit, 0x01000193);
        second = Math.imul(second ^ unit, 0x811c9dc5);
      }
      first = Math.imul(first ^ 0x2c, 0x01000193);
      second = Math.imul(second ^ 0x2c, 0x811c9dc5);
    }
    key = `${codes.length}:${(first >>> 0).toString(36)}${(second >>> 0).toString(36)}`;
    orderKeys.set(codes, key);
  }
  return key;
}

/** Counts a profile's watched set against the show's order. */
export function progressSummaryOf(order: CodeOrder, watched: ReadonlySet<string>): ProgressSummary {
  let watchedCount = 0;
  for (const code of watched) if (order.positionOf.has(code)) watchedCount++;
  const horizon = horizonPosition(order, watched);
  let skipped = 0;
  for (let position = 0; position < horizon; position++) {
    if (!watched.has(order.codes[position] ?? '')) skipped++;
  }
  return {
    orderKey: orderKeyOf(order.codes),
    watchedCount,
    skipped,
    horizon: horizon < 0 ? null : (order.codes[horizon] ?? null),
    watchedRuns: watchedCount === watched.size ? runsOf(order, watched, horizon) : null,
  };
}

function runsOf(order: CodeOrder, watched: ReadonlySet<string>, horizon: number): number[] | null {
  const runs: number[] = [];
  for (let position = 0; position <= horizon; position++) {
    if (!watched.has(order.codes[position] ?? '')) continue;
    if (runs.at(-1) === position - 1) runs[runs.length - 1] = position;
    else if (runs.length === MAX_WATCHED_RUNS * 2) return null;
    else runs.push(position, position);
  }
  return runs;
}

const standIns = new WeakMap<ProgressSummary, ReadonlySet<string>>();

/**
 * A set that puts the gate's horizon where the whole watched set would: the gate reads a watched
 * set only for its furthest episode. Only for a view that ticks no episode (a library tile).
 */
export function horizonStandIn(summary: ProgressSummary): ReadonlySet<string> {
  let set = standIns.get(summary);
  if (set === undefined) {
    set = new Set(summary.horizon === null ? [] : [summary.horizon]);
    standIns.set(summary, set);
  }
  return set;
}

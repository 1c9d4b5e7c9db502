import { parseEpisodeCode } from './episode-code';
import type { Episode } from './pack';

/** The canonical (watch) order of a show's episodes, indexed so that look-ups are O(1). */
export interface EpisodeOrder {
  readonly episodes: readonly Episode[];
  readonly codes: readonly string[];
  readonly positionOf: ReadonlyMap<string, number>;
}

/** Codes in watch order: all that marking through an episode or a season needs. */
export type CodeOrder = Pick<EpisodeOrder, 'codes' | 'positionOf'>;

const codeOrders = new WeakMap<EpisodeOrder, CodeOrder>();

/** The order's codes alone, one object per show's episode list, without the episodes. */
export function codeOrder(episodes: readonly Episode[]): CodeOrder {
  const order = episodeOrder(episodes);
  let codes = codeOrders.get(order);
  if (codes === undefined) {
    codes = { codes: order.codes, positionOf: order.positionOf };
    codeOrders.set(order, codes);
  }
  return codes;
}

const ordersOfCodes = new WeakMap<readonly string[], CodeOrder>();

/** The order of codes listed in watch order (a show summary's), one object per list. */
export function orderOfCodes(codes: readonly string[]): CodeOrder {
  let order = ordersOfCodes.get(codes);
  if (order === undefined) {
    let positionOf: ReadonlyMap<string, number> | undefined;
    order = {
      codes,
      // Indexed on first use: taking a show's marks from its summary's runs needs only the codes.
      get positionOf() {
        return (positionOf ??= positionsOf(codes));
      },
    };
    ordersOfCodes.set(codes, order);
  }
  return order;
}

function positionsOf(codes: readonly string[]): ReadonlyMap<string, number> {
  const positions = new Map<string, number>();
  for (let position = 0; position < codes.length; position++) {
    positions.set(codes[position] ?? '', position);
  }
  return positions;
}

/** No episode watched. */
export const NO_HORIZON = -1;

const orderCache = new WeakMap<readonly Episode[], EpisodeOrder>();

export function episodeOrder(episodes: readonly Episode[]): EpisodeOrder {
  const cached = orderCache.get(episodes);
  if (cached) return cached;
  const codes = episodes.map((episode) => episode.code);
  const order = { episodes, codes, positionOf: positionsOf(codes) };
  orderCache.set(episodes, order);
  return order;
}

/** Horizons worked out for one watched set, by the show's order (its `positionOf`). */
type Horizons = WeakMap<CodeOrder['positionOf'], number>;

/**
 * Sets a mark was made from or made, which nothing changes after (the stores hold them as they
 * are): only their horizons are kept, as a set that may still change would leave one stale.
 */
const horizonsOfSet = new WeakMap<ReadonlySet<string>, Horizons>();

/** How a watched set was made by a mark: from whose horizons, and which codes were changed. */
interface Mark {
  readonly before: Horizons;
  readonly codes: readonly string[];
  readonly watched: boolean;
}

const marks = new WeakMap<ReadonlySet<string>, Mark>();

function horizonsOf(watched: ReadonlySet<string>): Horizons {
  let horizons = horizonsOfSet.get(watched);
  if (horizons === undefined) {
    horizons = new WeakMap();
    horizonsOfSet.set(watched, horizons);
  }
  return horizons;
}

/**
 * The watched set after marking `codes` watched or unwatched; neither set may change after. The
 * new one remembers the mark (not the set before, which may go), so that its horizon is worked
 * out from the one before in time that follows the mark, not the show: the codes marked, or when
 * the furthest watched episode is unmarked, the episodes back to the next furthest.
 */
export function watchedAfterMark(
  watched: ReadonlySet<string>,
  codes: readonly string[],
  mark: boolean,
): ReadonlySet<string> {
  const next = new Set(watched);
  for (const code of codes) {
    if (mark) next.add(code);
    else next.delete(code);
  }
  marks.set(next, { before: horizonsOf(watched), codes, watched: mark });
  horizonsOf(next);
  return next;
}

function horizonAfterMark(
  order: CodeOrder,
  watched: ReadonlySet<string>,
  before: number,
  mark: Mark,
): number {
  let horizon = before;
  if (mark.watched) {
    for (const code of mark.codes) {
      horizon = Math.max(horizon, order.positionOf.get(code) ?? NO_HORIZON);
    }
    return horizon;
  }
  while (horizon > NO_HORIZON && !watched.has(order.codes[horizon] ?? '')) horizon--;
  return horizon;
}

function scannedHorizon(order: CodeOrder, watched: Iterable<string>): number {
  let horizon = NO_HORIZON;
  for (const code of watched) {
    const position = order.positionOf.get(code);
    if (position !== undefined && position > horizon) horizon = position;
  }
  return horizon;
}

/**
 * Position of the furthest watched episode; codes the show does not list never move it. For a
 * set a mark made, worked out from the horizon before the mark when that is known.
 */
export function horizonPosition(order: CodeOrder, watched: Iterable<string>): number {
  const set: ReadonlySet<string> | null = watched instanceof Set ? watched : null;
  const horizons = set && horizonsOfSet.get(set);
  if (!set || !horizons) return scannedHorizon(order, watched);
  let horizon = horizons.get(order.positionOf);
  if (horizon === undefined) {
    const mark = marks.get(set);
    const before = mark?.before.get(order.positionOf);
    horizon =
      mark && before !== undefined
        ? horizonAfterMark(order, set, before, mark)
        : scannedHorizon(order, set);
    horizons.set(order.positionOf, horizon);
  }
  return horizon;
}

/** Every episode of one season, in canonical order; specials are season 0. */
export function codesOfSeason(order: CodeOrder, season: number): readonly string[] {
  return order.codes.filter((code) => parseEpisodeCode(code)?.season === season);
}

/**
 * Names episodes by code only, for messages: "S1E4", "S1E1–S1E9" when they follow one another in
 * canonical order, else "8 episodes from S1E1 to S1E9". Codes the show does not list come last.
 */
export function codesName(order: CodeOrder, codes: readonly string[]): string {
  const positionOf = (code: string) => order.positionOf.get(code) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...codes].sort((a, b) => positionOf(a) - positionOf(b));
  const first = sorted[0] ?? '';
  const last = sorted.at(-1) ?? '';
  if (sorted.length <= 1) return first;
  const firstPosition = positionOf(first);
  const contiguous = sorted.every((code, offset) => positionOf(code) === firstPosition + offset);
  return contiguous ? `${first}–${last}` : `${sorted.length} episodes from ${first} to ${last}`;
}

/** The episodes before one that are not watched yet, for the offer to mark them too. */
export interface EarlierUnwatched {
  /** In canonical order. */
  readonly codes: readonly string[];
  /** True when they follow one another in canonical order, so "S1E1–S1E4" names them all. */
  readonly contiguous: boolean;
}

/** Episodes before `code` in canonical order that are not watched; none for an unknown code. */
export function unwatchedBefore(
  order: CodeOrder,
  watched: ReadonlySet<string>,
  code: string,
): EarlierUnwatched {
  const before = order.codes.slice(0, order.positionOf.get(code) ?? 0);
  const codes: string[] = [];
  let watchedSinceFirst = false;
  let contiguous = true;
  for (const earlier of before) {
    if (watched.has(earlier)) {
      watchedSinceFirst = codes.length > 0;
    } else {
      if (watchedSinceFirst) contiguous = false;
      codes.push(earlier);
    }
  }
  return { codes, contiguous };
}

import type { Episode } from './pack';

/** The canonical (watch) order of a show's episodes, indexed so that look-ups are O(1). */
export interface EpisodeOrder {
  readonly codes: readonly string[];
  readonly positionOf: ReadonlyMap<string, number>;
}

/** No episode watched. */
export const NO_HORIZON = -1;

const orderCache = new WeakMap<readonly Episode[], EpisodeOrder>();

export function episodeOrder(episodes: readonly Episode[]): EpisodeOrder {
  const cached = orderCache.get(episodes);
  if (cached) return cached;
  const codes = episodes.map((episode) => episode.code);
  const order = { codes, positionOf: new Map(codes.map((code, position) => [code, position])) };
  orderCache.set(episodes, order);
  return order;
}

/** Position of the furthest watched episode; codes the show does not list never move it. */
export function horizonPosition(order: EpisodeOrder, watched: Iterable<string>): number {
  let horizon = NO_HORIZON;
  for (const code of watched) {
    const position = order.positionOf.get(code);
    if (position !== undefined && position > horizon) horizon = position;
  }
  return horizon;
}

/** Codes from the start of the show through `code` inclusive; empty for an unknown code. */
export function codesThrough(order: EpisodeOrder, code: string): readonly string[] {
  const position = order.positionOf.get(code);
  return position === undefined ? [] : order.codes.slice(0, position + 1);
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
  order: EpisodeOrder,
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

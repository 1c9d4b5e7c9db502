import { type EpisodeOrder } from './episode-order';
import type { Entry } from './pack';
import { entryRevealKey, episodeRevealKey, revealTarget } from './reveal-keys';

/**
 * The spoiler gate: the one place that decides, from a profile's progress, what may reach the
 * screen. Everything here fails closed: a gate that is not ready, or a code the show does not
 * list, covers.
 */

export type UpcomingTitles = 'next' | 'all' | 'none';

export type Gate =
  | { readonly status: 'loading' }
  | { readonly status: 'unreadable'; readonly reason: string }
  | ReadyGate;

export interface ReadyGate {
  readonly status: 'ready';
  readonly order: EpisodeOrder;
  /** Position of the furthest watched episode, NO_HORIZON when none. */
  readonly horizon: number;
  /** Reveal keys (reveal-keys.ts) of items the profile revealed on purpose. */
  readonly revealed: ReadonlySet<string>;
  readonly upcomingTitles: UpcomingTitles;
}

export const LOADING_GATE: Gate = { status: 'loading' };

/** Rules 1 and 2 of the spec: safe for anyone, or opens at a known episode at or before the horizon. */
export function isOpenAt(gate: Gate, spoils: string | null): boolean {
  if (gate.status !== 'ready') return false;
  if (spoils === null) return true;
  const position = gate.order.positionOf.get(spoils);
  return position !== undefined && position <= gate.horizon;
}

/** Why an item may be shown: it is open (rules 1 and 2), or it was revealed on purpose (rule 3). */
export type Visibility = 'open' | 'revealed' | 'covered';

/** The whole rule; the reveal key is worked out only for an item that is not open. */
function itemVisibility(gate: Gate, spoils: string | null, revealKey: () => string): Visibility {
  if (gate.status !== 'ready') return 'covered';
  if (isOpenAt(gate, spoils)) return 'open';
  return gate.revealed.size > 0 && gate.revealed.has(revealKey()) ? 'revealed' : 'covered';
}

/** The whole rule for an item revealed by a key of its own: a note, tied to its id. */
export function isItemVisible(gate: Gate, spoils: string | null, revealKey: string): boolean {
  return itemVisibility(gate, spoils, () => revealKey) !== 'covered';
}

const revealedEntryIdsCache = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** Ids of the entries that keys name, once per set of reveals. */
function revealedEntryIds(revealed: ReadonlySet<string>): ReadonlySet<string> {
  let ids = revealedEntryIdsCache.get(revealed);
  if (ids === undefined) {
    ids = new Set(
      [...revealed].flatMap((key) => {
        const target = revealTarget(key);
        return target?.kind === 'entry' ? [target.id] : [];
      }),
    );
    revealedEntryIdsCache.set(revealed, ids);
  }
  return ids;
}

/** The whole rule for an entry of a pack: a reveal counts only for the content revealed. */
export function entryVisibility(gate: Gate, entry: Entry): Visibility {
  // Only an entry whose id was revealed is fingerprinted: a show can hold a million.
  if (gate.status === 'ready' && !revealedEntryIds(gate.revealed).has(entry.id)) {
    return isOpenAt(gate, entry.spoils) ? 'open' : 'covered';
  }
  return itemVisibility(gate, entry.spoils, () => entryRevealKey(entry));
}

/** An episode's synopsis (and title with it); a reveal counts only for the text revealed. */
export function synopsisVisibility(gate: Gate, code: string): Visibility {
  if (gate.status !== 'ready') return 'covered';
  const position = gate.order.positionOf.get(code);
  const episode = position === undefined ? undefined : gate.order.episodes[position];
  if (episode === undefined) return 'covered';
  return itemVisibility(gate, code, () => episodeRevealKey(episode));
}

export function isSynopsisVisible(gate: Gate, code: string): boolean {
  return synopsisVisibility(gate, code) !== 'covered';
}

export function isEpisodeTitleVisible(gate: Gate, code: string): boolean {
  if (gate.status !== 'ready') return false;
  if (isSynopsisVisible(gate, code)) return true;
  const position = gate.order.positionOf.get(code);
  if (position === undefined) return false;
  switch (gate.upcomingTitles) {
    case 'all':
      return true;
    case 'next':
      return position === gate.horizon + 1;
    case 'none':
      return false;
  }
}

/** A character introduced after the horizon does not exist yet; one from the premise always does. */
export function isCharacterPresent(gate: Gate, introducedIn: string | null): boolean {
  return isOpenAt(gate, introducedIn);
}

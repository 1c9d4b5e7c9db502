import { type EpisodeOrder } from './episode-order';

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
  /** Reveal keys of items the profile revealed on purpose. */
  readonly revealed: ReadonlySet<string>;
  readonly upcomingTitles: UpcomingTitles;
}

export const LOADING_GATE: Gate = { status: 'loading' };

export function entryRevealKey(entryId: string): string {
  return `entry:${entryId}`;
}

export function episodeRevealKey(code: string): string {
  return `episode:${code}`;
}

/** Rules 1 and 2 of the spec: safe for anyone, or opens at a known episode at or before the horizon. */
export function isOpenAt(gate: Gate, spoils: string | null): boolean {
  if (gate.status !== 'ready') return false;
  if (spoils === null) return true;
  const position = gate.order.positionOf.get(spoils);
  return position !== undefined && position <= gate.horizon;
}

/** The whole rule for an item that can be revealed one at a time. */
export function isItemVisible(gate: Gate, spoils: string | null, revealKey: string): boolean {
  if (gate.status !== 'ready') return false;
  return isOpenAt(gate, spoils) || gate.revealed.has(revealKey);
}

export function isSynopsisVisible(gate: Gate, code: string): boolean {
  return isItemVisible(gate, code, episodeRevealKey(code));
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

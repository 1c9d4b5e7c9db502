import { parseEpisodeCode } from './episode-code';
import { type EpisodeOrder } from './episode-order';
import type { Character, Entry, Episode } from './pack';
import { entryRevealKey, episodeRevealKey, revealTarget } from './reveal-keys';
import {
  upcomingFromTitles,
  type UpcomingByDistance,
  type UpcomingDetail,
  type UpcomingTitles,
} from './show-rules';

/**
 * The spoiler gate: the one place that decides, from a profile's progress, what may reach the
 * screen. Everything here fails closed: a gate that is not ready, or a code the show does not
 * list, covers.
 */

// The gate's input, kept with the show rules it turns into, which must not import the gate back.
export type { UpcomingTitles };

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
  /** The show's own rules by distance; absent, upcomingTitles applies. */
  readonly upcoming?: UpcomingByDistance;
  /** Strict mode: what page views leave out besides covered items (show-rules.ts). */
  readonly strict?: boolean;
  /** Set in strict mode for a cast with no first episodes: only these characters exist yet. */
  readonly metOnly?: ReadonlySet<string>;
  /** Reveal keys of entries shown for a timed peek: visible for that moment only, never stored. */
  readonly peeked?: ReadonlySet<string>;
  /**
   * Set by a shared link's "safe up to" (safe-up-to.ts): the position of the last episode it lets
   * anything be shown for. Nothing later is shown, whatever was watched, revealed or peeked.
   */
  readonly safeUpTo?: number;
  /**
   * Set while watching together: everyone present. An item is shown only when each of them may
   * see it; `horizon` is then the lowest of theirs and `revealed` what all of them revealed, so a
   * view that reads those directly stays within what the one furthest behind may see. A peek is
   * one deliberate act at the shared screen, so `peeked` shows its entry to the whole room.
   */
  readonly members?: readonly RoomMember[];
}

/** One person present while watching together: how far they have watched, what they revealed. */
export interface RoomMember {
  readonly horizon: number;
  readonly revealed: ReadonlySet<string>;
}

export const LOADING_GATE: Gate = { status: 'loading' };

/** Rules 1 and 2 of the spec: safe for anyone, or opens at a known episode at or before the horizon. */
export function isOpenAt(gate: Gate, spoils: string | null): boolean {
  if (gate.status !== 'ready') return false;
  if (spoils === null) return true;
  const position = gate.order.positionOf.get(spoils);
  return position !== undefined && position <= gate.horizon && !isPastSafeUpTo(gate, spoils);
}

/** After a shared link's "safe up to" episode, or an unknown code while one applies. */
function isPastSafeUpTo(gate: Gate, spoils: string | null): boolean {
  if (gate.status !== 'ready' || gate.safeUpTo === undefined || spoils === null) return false;
  return !((gate.order.positionOf.get(spoils) ?? Infinity) <= gate.safeUpTo);
}

/**
 * Why an item may be shown: it is open (rules 1 and 2), it was revealed on purpose (rule 3), or
 * the user is peeking at it on purpose for a few seconds (rule 3 for a moment).
 */
export type Visibility = 'open' | 'revealed' | 'peeked' | 'covered';

const memberGatesCache = new WeakMap<ReadyGate, readonly ReadyGate[]>();

/** Each person's own gate within a room gate, with no room and no peek of their own. */
function memberGates(gate: ReadyGate, members: readonly RoomMember[]): readonly ReadyGate[] {
  let gates = memberGatesCache.get(gate);
  if (gates === undefined) {
    const { members: _room, peeked: _peek, ...shared } = gate;
    gates = members.map((member) => ({ ...shared, ...member }));
    memberGatesCache.set(gate, gates);
  }
  return gates;
}

/**
 * A rule for one person applied to the room: covered when covered for anyone present, open when
 * open for all of them, and otherwise revealed (by each who has not watched that far).
 */
function roomVisibility(gate: Gate, visibility: (gate: Gate) => Visibility): Visibility {
  if (gate.status !== 'ready' || gate.members === undefined) return visibility(gate);
  let room: Visibility = 'open';
  for (const member of memberGates(gate, gate.members)) {
    const own = visibility(member);
    if (own === 'covered') return 'covered';
    if (own !== 'open') room = own;
  }
  return room;
}

/** The whole rule; the reveal key is worked out only for an item that is not open. */
function itemVisibility(gate: Gate, spoils: string | null, revealKey: () => string): Visibility {
  return roomVisibility(gate, (own) => {
    if (own.status !== 'ready') return 'covered';
    if (isOpenAt(own, spoils)) return 'open';
    return own.revealed.size > 0 && own.revealed.has(revealKey()) ? 'revealed' : 'covered';
  });
}

/** The whole rule for an item revealed by a key of its own: a note, tied to its id. */
export function isItemVisible(gate: Gate, spoils: string | null, revealKey: string): boolean {
  if (isPastSafeUpTo(gate, spoils)) return false;
  return itemVisibility(gate, spoils, () => revealKey) !== 'covered';
}

/** The same, where the item may also show for a timed peek: a note in its placeholder's place. */
export function keyedItemVisibility(
  gate: Gate,
  spoils: string | null,
  revealKey: string,
): Visibility {
  if (isPastSafeUpTo(gate, spoils)) return 'covered';
  const visibility = itemVisibility(gate, spoils, () => revealKey);
  return visibility === 'covered' && isPeekedKey(gate, revealKey) ? 'peeked' : visibility;
}

const isPeekedKey = (gate: Gate, revealKey: string) =>
  gate.status === 'ready' && gate.peeked?.has(revealKey) === true;

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

/** The whole rule for an entry of a pack: a reveal or a peek counts only for the content named. */
export function entryVisibility(gate: Gate, entry: Entry): Visibility {
  if (isPastSafeUpTo(gate, entry.spoils)) return 'covered';
  const visibility = revealedEntryVisibility(gate, entry);
  if (visibility !== 'covered' || gate.status !== 'ready' || !gate.peeked?.size) return visibility;
  return revealedEntryIds(gate.peeked).has(entry.id) && gate.peeked.has(entryRevealKey(entry))
    ? 'peeked'
    : 'covered';
}

function revealedEntryVisibility(gate: Gate, entry: Entry): Visibility {
  return roomVisibility(gate, (own) => {
    // Only an entry whose id was revealed is fingerprinted: a show can hold a million.
    if (own.status === 'ready' && !revealedEntryIds(own.revealed).has(entry.id)) {
      return isOpenAt(own, entry.spoils) ? 'open' : 'covered';
    }
    return itemVisibility(own, entry.spoils, () => entryRevealKey(entry));
  });
}

/** An episode's synopsis (and title with it); a reveal counts only for the text revealed. */
export function synopsisVisibility(gate: Gate, code: string): Visibility {
  if (isPastSafeUpTo(gate, code)) return 'covered';
  return roomVisibility(gate, (own) => {
    if (own.status !== 'ready') return 'covered';
    const position = own.order.positionOf.get(code);
    const episode = position === undefined ? undefined : own.order.episodes[position];
    if (position === undefined || episode === undefined) return 'covered';
    if (upcomingDetail(own, position) === 'title-and-synopsis') return 'open';
    return itemVisibility(own, code, () => episodeRevealKey(episode));
  });
}

/**
 * What the show's rules let an upcoming episode show, by its distance from the horizon: the next
 * episode, the rest of that episode's season, or a later one. Null for one at or before the horizon.
 */
function upcomingDetail(gate: ReadyGate, position: number): UpcomingDetail | null {
  if (position <= gate.horizon) return null;
  const rules = gate.upcoming ?? upcomingFromTitles(gate.upcomingTitles);
  if (position === gate.horizon + 1) return rules.next;
  const seasonAt = (at: number) => {
    const code = gate.order.codes[at];
    return code === undefined ? undefined : parseEpisodeCode(code)?.season;
  };
  const season = seasonAt(position);
  return season !== undefined && season === seasonAt(gate.horizon + 1) ? rules.season : rules.later;
}

/**
 * Whether an episode's covered title and synopsis show for a timed peek, in the placeholder's
 * place only: every other use of them (labels, lists, the page title) stays covered.
 */
export function areEpisodeDetailsPeeked(gate: Gate, episode: Episode): boolean {
  return (
    // The peek first: a set lookup, while most rows are built with nothing peeked at.
    isPeekedKey(gate, episodeRevealKey(episode)) &&
    !isPastSafeUpTo(gate, episode.code) &&
    synopsisVisibility(gate, episode.code) === 'covered'
  );
}

export function isSynopsisVisible(gate: Gate, code: string): boolean {
  return synopsisVisibility(gate, code) !== 'covered';
}

export function isEpisodeTitleVisible(gate: Gate, code: string): boolean {
  if (isPastSafeUpTo(gate, code)) return false;
  const titleVisibility = roomVisibility(gate, (own) => {
    if (own.status !== 'ready') return 'covered';
    if (isSynopsisVisible(own, code)) return 'open';
    const position = own.order.positionOf.get(code);
    if (position === undefined) return 'covered';
    const detail = upcomingDetail(own, position);
    return detail !== null && detail !== 'hidden' ? 'open' : 'covered';
  });
  return titleVisibility !== 'covered';
}

/**
 * A character introduced after the horizon does not exist yet; one from the premise always does.
 * In a room the horizon is the lowest of everyone's: present only when present for each of them.
 */
export function isCharacterPresent(gate: Gate, introducedIn: string | null): boolean {
  return isOpenAt(gate, introducedIn);
}

/** The same for one of the show's characters, whom strict mode may hold back until met. */
export function isCastMemberPresent(
  gate: Gate,
  character: Pick<Character, 'id' | 'introducedIn'>,
): boolean {
  if (gate.status === 'ready' && gate.metOnly && !gate.metOnly.has(character.id)) return false;
  return isCharacterPresent(gate, character.introducedIn);
}

/** Strict mode (show-rules.ts); false until the gate is ready, which then covers everything. */
export function isStrict(gate: Gate): boolean {
  return gate.status === 'ready' && gate.strict === true;
}

import { entryVisibility, isCastMemberPresent, isStrict, type Gate } from '../gate';
import type { Character, Entry } from '../pack';
import {
  isPeeked,
  itemView,
  type CoveredItem,
  type ItemView,
  type PeekedItem,
} from '../page-items';

/**
 * Covered facts about characters not met yet, as one placeholder for the episode: one each would
 * count the people still to come, and placeholders under a listed character would hint at them.
 * Strict mode collapses an episode's covered items, and a character's covered facts, the same way.
 */
export interface UnmetFactsPlaceholder<Peeked extends PeekedItem = PeekedItem> {
  readonly state: 'covered-group';
  readonly kindLabel: string;
  readonly opensAfter: string | null;
  /** What Reveal (and Peek) uncovers: every fact the placeholder stands for. Never rendered. */
  readonly revealKeys: readonly string[];
  /**
   * Set while the user peeks at every item it stands for: those items, shown in its place. When
   * any of their peeks ends, the placeholder is whole again.
   */
  readonly peeked?: readonly Peeked[];
}

/** The placeholder for covered items (and items peeked at in its place), in the order given. */
export function coveredGroup<Peeked extends PeekedItem>(
  kindLabel: string,
  opensAfter: string | null,
  members: readonly (CoveredItem | Peeked)[],
): UnmetFactsPlaceholder<Peeked> {
  const peeked = members.filter((member): member is Peeked => member.state === 'visible');
  return {
    state: 'covered-group',
    kindLabel,
    opensAfter,
    revealKeys: members.map((member) =>
      member.state === 'covered' ? member.revealKey : member.peekKey,
    ),
    ...(peeked.length === members.length ? { peeked } : {}),
  };
}

/** Covered, or shown only for a peek: either way, where a placeholder stands. */
const isCoveredButForPeeks = (gate: Gate, entry: Entry) => {
  const visibility = entryVisibility(gate, entry);
  return visibility === 'covered' || visibility === 'peeked';
};

export type EpisodeItem = ItemView | UnmetFactsPlaceholder;

/** What an item's Reveal reveals: nothing for a visible one. */
export function revealKeysOf(
  item: { readonly state: 'visible' } | CoveredItem | UnmetFactsPlaceholder,
): readonly string[] {
  if (item.state === 'covered') return [item.revealKey];
  return item.state === 'covered-group' ? item.revealKeys : [];
}

export const UNMET_FACTS_LABEL = 'Facts about characters you have not met yet';
/** Strict mode's one placeholder for all that is covered: no kind, no count. */
export const STRICT_COVERED_LABEL = 'Something here';

function isCoveredFactAboutUnmet(
  gate: Gate,
  entry: Entry,
  cast: ReadonlyMap<string, Character>,
): boolean {
  if (entry.kind !== 'fact' || !isCoveredButForPeeks(gate, entry)) return false;
  const subject = entry.characters[0];
  if (subject === undefined) return false;
  // A character the show does not list is not met either.
  const character = cast.get(subject);
  return character === undefined || !isCastMemberPresent(gate, character);
}

const byEpisodeCache = new WeakMap<readonly Entry[], ReadonlyMap<string, readonly Entry[]>>();

/**
 * A show's entries by the episode they open at, in pack order, once per list of entries: a mark
 * changes what is visible, not which entries belong to an episode, so an episode page reads only
 * its own instead of the show's every entry.
 */
function entriesOpeningAt(entries: readonly Entry[], code: string): readonly Entry[] {
  let byEpisode = byEpisodeCache.get(entries);
  if (byEpisode === undefined) {
    const grouped = new Map<string, Entry[]>();
    for (const entry of entries) {
      if (entry.spoils === null || entry.kind === 'news') continue;
      const group = grouped.get(entry.spoils);
      if (group) group.push(entry);
      else grouped.set(entry.spoils, [entry]);
    }
    byEpisode = grouped;
    byEpisodeCache.set(entries, byEpisode);
  }
  return byEpisode.get(code) ?? [];
}

const castCache = new WeakMap<readonly Character[], ReadonlyMap<string, Character>>();

function castOf(characters: readonly Character[]): ReadonlyMap<string, Character> {
  let cast = castCache.get(characters);
  if (cast === undefined) {
    cast = new Map(characters.map((character) => [character.id, character]));
    castCache.set(characters, cast);
  }
  return cast;
}

/** The present characters among those these entries are about, by id, to name beside them. */
function namesOfPresent(
  gate: Gate,
  entries: readonly Entry[],
  cast: ReadonlyMap<string, Character>,
): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const id of new Set(entries.flatMap((entry) => entry.characters))) {
    const character = cast.get(id);
    if (character && isCastMemberPresent(gate, character)) names.set(id, character.name);
  }
  return names;
}

/**
 * The recap, reveals and facts that open at one episode, in pack order; covered facts about
 * characters not met yet stand as one placeholder where the first of them was. In strict mode
 * everything covered stands as one placeholder, so that no count announces a big episode.
 */
export function episodeItems(
  gate: Gate,
  entries: readonly Entry[],
  characters: readonly Character[],
  code: string,
): EpisodeItem[] {
  const own = entriesOpeningAt(entries, code);
  const cast = castOf(characters);
  const names = namesOfPresent(gate, own, cast);
  const strict = isStrict(gate);
  const items: EpisodeItem[] = [];
  let group: { index: number; members: (CoveredItem | PeekedItem)[] } | null = null;
  for (const entry of own) {
    const view = itemView(gate, entry, names);
    const joinsGroup = strict
      ? isCoveredButForPeeks(gate, entry)
      : isCoveredFactAboutUnmet(gate, entry, cast);
    if (joinsGroup && (view.state === 'covered' || isPeeked(view))) {
      group ??= { index: items.length, members: [] };
      group.members.push(view);
      continue;
    }
    items.push(view);
  }
  if (group) {
    const label = strict ? STRICT_COVERED_LABEL : UNMET_FACTS_LABEL;
    const listed = gate.status === 'ready' && gate.order.positionOf.has(code);
    items.splice(group.index, 0, coveredGroup(label, listed ? code : null, group.members));
  }
  return items;
}

/** What shows in an item's place: itself when visible, a placeholder's items while peeked at. */
export function shownInPlace<
  Shown extends { readonly state: 'visible' },
  Peeked extends PeekedItem,
>(item: Shown | CoveredItem | UnmetFactsPlaceholder<Peeked>): readonly (Shown | Peeked)[] {
  if (item.state === 'visible') return [item];
  return item.state === 'covered-group' ? (item.peeked ?? []) : [];
}

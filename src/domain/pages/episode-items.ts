import { entryVisibility, isCastMemberPresent, isStrict, type Gate } from '../gate';
import type { Character, Entry } from '../pack';
import { entryRevealKey } from '../reveal-keys';
import { itemView, presentCharacterNames, type CoveredItem, type ItemView } from '../page-items';

/**
 * Covered facts about characters not met yet, as one placeholder for the episode: one each would
 * count the people still to come, and placeholders under a listed character would hint at them.
 * Strict mode collapses an episode's covered items, and a character's covered facts, the same way.
 */
export interface UnmetFactsPlaceholder {
  readonly state: 'covered-group';
  readonly kindLabel: string;
  readonly opensAfter: string | null;
  /** What Reveal reveals: every fact the placeholder stands for. Never rendered. */
  readonly revealKeys: readonly string[];
}

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
  if (entry.kind !== 'fact' || entryVisibility(gate, entry) !== 'covered') return false;
  const subject = entry.characters[0];
  if (subject === undefined) return false;
  // A character the show does not list is not met either.
  const character = cast.get(subject);
  return character === undefined || !isCastMemberPresent(gate, character);
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
  const names = presentCharacterNames(gate, characters);
  const cast = new Map(characters.map((c) => [c.id, c]));
  const strict = isStrict(gate);
  const items: EpisodeItem[] = [];
  let group: { index: number; revealKeys: string[]; opensAfter: string | null } | null = null;
  for (const entry of entries) {
    if (entry.spoils !== code || entry.kind === 'news') continue;
    const joinsGroup = strict
      ? entryVisibility(gate, entry) === 'covered'
      : isCoveredFactAboutUnmet(gate, entry, cast);
    if (joinsGroup) {
      const view = itemView(gate, entry, names);
      const opensAfter = view.state === 'covered' ? view.opensAfter : null;
      group ??= { index: items.length, revealKeys: [], opensAfter };
      group.revealKeys.push(entryRevealKey(entry));
      continue;
    }
    items.push(itemView(gate, entry, names));
  }
  if (group) {
    items.splice(group.index, 0, {
      state: 'covered-group',
      kindLabel: strict ? STRICT_COVERED_LABEL : UNMET_FACTS_LABEL,
      opensAfter: group.opensAfter,
      revealKeys: group.revealKeys,
    });
  }
  return items;
}

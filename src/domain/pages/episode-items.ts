import { entryVisibility, isCharacterPresent, type Gate } from '../gate';
import type { Character, Entry } from '../pack';
import { entryRevealKey } from '../reveal-keys';
import { itemView, presentCharacterNames, type ItemView } from '../page-items';

/**
 * Covered facts about characters not met yet, as one placeholder for the episode: one each would
 * count the people still to come, and placeholders under a listed character would hint at them.
 */
export interface UnmetFactsPlaceholder {
  readonly state: 'covered-group';
  readonly kindLabel: string;
  readonly opensAfter: string | null;
  /** What Reveal reveals: every fact the placeholder stands for. Never rendered. */
  readonly revealKeys: readonly string[];
}

export type EpisodeItem = ItemView | UnmetFactsPlaceholder;

export const UNMET_FACTS_LABEL = 'Facts about characters you have not met yet';

function isCoveredFactAboutUnmet(
  gate: Gate,
  entry: Entry,
  introducedIn: ReadonlyMap<string, string | null>,
): boolean {
  if (entry.kind !== 'fact' || entryVisibility(gate, entry) !== 'covered') return false;
  const subject = entry.characters[0];
  if (subject === undefined) return false;
  // A character the show does not list is not met either.
  const introduced = introducedIn.get(subject);
  return introduced === undefined || !isCharacterPresent(gate, introduced);
}

/**
 * The recap, reveals and facts that open at one episode, in pack order; covered facts about
 * characters not met yet stand as one placeholder where the first of them was.
 */
export function episodeItems(
  gate: Gate,
  entries: readonly Entry[],
  characters: readonly Character[],
  code: string,
): EpisodeItem[] {
  const names = presentCharacterNames(gate, characters);
  const introducedIn = new Map(characters.map((c) => [c.id, c.introducedIn]));
  const items: EpisodeItem[] = [];
  let unmet: { index: number; revealKeys: string[]; opensAfter: string | null } | null = null;
  for (const entry of entries) {
    if (entry.spoils !== code || entry.kind === 'news') continue;
    if (isCoveredFactAboutUnmet(gate, entry, introducedIn)) {
      const view = itemView(gate, entry, names);
      const opensAfter = view.state === 'covered' ? view.opensAfter : null;
      unmet ??= { index: items.length, revealKeys: [], opensAfter };
      unmet.revealKeys.push(entryRevealKey(entry));
      continue;
    }
    items.push(itemView(gate, entry, names));
  }
  if (unmet) {
    items.splice(unmet.index, 0, {
      state: 'covered-group',
      kindLabel: UNMET_FACTS_LABEL,
      opensAfter: unmet.opensAfter,
      revealKeys: unmet.revealKeys,
    });
  }
  return items;
}

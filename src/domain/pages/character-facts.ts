import type { Gate } from '../gate';
import type { ShowState } from '../show-state';
import type { Character, Entry } from '../pack';
import {
  isPeeked,
  itemView,
  type CoveredItem,
  type PeekedItem,
  type ShownItem,
} from '../page-items';
import type { UnmetFactsPlaceholder } from './episode-items';
import { factsInStrictMode } from './strict-facts';

/** A fact the codex shows, marked with when it opened: "As of S1E6", "From the start". */
export type OpenedFact = ShownItem & { readonly asOf: string };

/** In strict mode, covered facts stand as one placeholder (strict-facts.ts). */
export type CodexFact = OpenedFact | CoveredItem | UnmetFactsPlaceholder<OpenedFact & PeekedItem>;

/** A character who has been introduced, as the codex and their own page show them. */
export interface CodexCharacter {
  readonly id: string;
  readonly name: string;
  readonly actor: string | null;
  /** "Known from the start" or "First seen in S1E3". */
  readonly introduced: string;
  /** Opened facts in the order they opened, then covered ones; empty until the entries load. */
  readonly facts: readonly CodexFact[];
}

/** Whether the show's entries (facts, recaps, reveals) could be read yet. */
export type EntriesStatus = 'loading' | 'unreadable' | 'ready';

/** A page that cannot be built yet: the show, or progress, is still loading, or the show is gone. */
export type NotReadyPage =
  | { readonly status: 'loading'; readonly documentTitle: string }
  | { readonly status: 'unavailable'; readonly documentTitle: string };

export function notReadyStatus(state: ShowState): NotReadyPage['status'] {
  return state.record.status === 'missing' || state.record.status === 'unreadable'
    ? 'unavailable'
    : 'loading';
}

export function asOfLabel(episodeCode: string | null): string {
  return episodeCode === null ? 'From the start' : `As of ${episodeCode}`;
}

export function introducedLabel(introducedIn: string | null): string {
  return introducedIn === null ? 'Known from the start' : `First seen in ${introducedIn}`;
}

/**
 * Watch order of what opens at `code`: what is safe for anyone first, a code the show does not
 * list last. Ties keep pack order, since sorting is stable.
 */
export function watchPosition(gate: Gate, code: string | null): number {
  if (code === null) return -1;
  if (gate.status !== 'ready') return Number.MAX_SAFE_INTEGER;
  return gate.order.positionOf.get(code) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * A character's facts: the opened ones in the order they opened, then the covered ones (in strict
 * mode one placeholder for them). One the user peeks at stays in its placeholder's place, so it is
 * covered again where it was read.
 */
export function codexFacts(
  gate: Gate,
  facts: readonly Entry[],
  characterNames: ReadonlyMap<string, string>,
): CodexFact[] {
  const byOpening = [...facts].sort(
    (a, b) => watchPosition(gate, a.spoils) - watchPosition(gate, b.spoils),
  );
  const opened: OpenedFact[] = [];
  const covered: (OpenedFact | CoveredItem)[] = [];
  for (const fact of byOpening) {
    const view = itemView(gate, fact, characterNames);
    if (view.state === 'covered') covered.push(view);
    else (isPeeked(view) ? covered : opened).push({ ...view, asOf: asOfLabel(view.episodeCode) });
  }
  return factsInStrictMode(gate, [...opened, ...covered]);
}

/** Only ever called for a character the show gate says is present. */
export function codexCharacter(character: Character, facts: readonly CodexFact[]): CodexCharacter {
  return {
    id: character.id,
    name: character.name,
    actor: character.actor,
    introduced: introducedLabel(character.introducedIn),
    facts,
  };
}

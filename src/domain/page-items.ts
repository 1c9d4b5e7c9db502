import { entryVisibility, isCastMemberPresent, type Gate } from './gate';
import { ENTRY_KIND_LABELS, type Character, type Entry, type EntryKind } from './pack';
import { entryRevealKey, fingerprint } from './reveal-keys';

/**
 * The items a page view holds. A visible item carries only what the page shows of it; a covered
 * one only what its placeholder says. Neither carries an entry id as text a page could show: the
 * reveal key of a covered item is for the Reveal button's action, never for the page.
 */

/** A character a visible item is about, named only once the character has been introduced. */
export interface CharacterMention {
  readonly id: string;
  readonly name: string;
}

export interface ShownItem {
  readonly state: 'visible';
  readonly kind: EntryKind;
  /** "Recap", "Reveal", "Character fact", "News", "Note". */
  readonly kindLabel: string;
  readonly title: string | null;
  /** Markdown. */
  readonly body: string;
  /** The episode it belongs to; null for what is safe for anyone. */
  readonly episodeCode: string | null;
  /** Characters it is about that have been introduced; the others are not named. */
  readonly characters: readonly CharacterMention[];
  readonly date: string | null;
  readonly source: string | null;
  /** Set when it shows only because the user revealed it early: what "Hide again" hides. */
  readonly hideKey: string | null;
  /** Set only while it shows for a timed peek: what "Cover now" and the peek's end cover again. */
  readonly peekKey?: string;
  /** The element id a link to it names (`#item-…`): a hash, so no id or text of it shows. */
  readonly anchor: string;
}

export interface CoveredItem {
  readonly state: 'covered';
  readonly kindLabel: string;
  /** The episode it opens after; null when the data names an episode the show does not list. */
  readonly opensAfter: string | null;
  /** What the Reveal button reveals. Never rendered. */
  readonly revealKey: string;
}

export type ItemView = ShownItem | CoveredItem;

/** A covered item shown for a moment because the user is peeking at it. */
export type PeekedItem = ShownItem & { readonly peekKey: string };

export const isPeeked = (item: ItemView): item is PeekedItem =>
  item.state === 'visible' && item.peekKey !== undefined;

/** Introduced characters by id, for naming them beside visible items. */
export function presentCharacterNames(
  gate: Gate,
  characters: readonly Character[],
): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const character of characters) {
    if (isCastMemberPresent(gate, character)) names.set(character.id, character.name);
  }
  return names;
}

export function itemView(
  gate: Gate,
  entry: Entry,
  characterNames: ReadonlyMap<string, string>,
): ItemView {
  const visibility = entryVisibility(gate, entry);
  if (visibility === 'covered') return coveredItem(gate, entry, entryRevealKey(entry));
  return {
    state: 'visible',
    kind: entry.kind,
    kindLabel: ENTRY_KIND_LABELS[entry.kind],
    title: entry.title,
    body: entry.body,
    episodeCode: entry.spoils,
    characters: entry.characters.flatMap((id) => {
      const name = characterNames.get(id);
      return name === undefined ? [] : [{ id, name }];
    }),
    date: entry.date,
    source: entry.source,
    hideKey: visibility === 'revealed' ? entryRevealKey(entry) : null,
    ...(visibility === 'peeked' ? { peekKey: entryRevealKey(entry) } : {}),
    anchor: itemAnchor(entry),
  };
}

/** The same for an entry wherever it is listed, so search and the page agree. */
export function itemAnchor(entry: Entry): string {
  return `item-${fingerprint([entry.kind, entry.id])}`;
}

export function coveredItem(gate: Gate, entry: Entry, revealKey: string): CoveredItem {
  return {
    state: 'covered',
    kindLabel: ENTRY_KIND_LABELS[entry.kind],
    opensAfter:
      entry.spoils !== null && gate.status === 'ready' && gate.order.positionOf.has(entry.spoils)
        ? entry.spoils
        : null,
    revealKey,
  };
}

import type { Gate } from '../gate';
import type { Entry } from '../pack';
import { itemView, presentCharacterNames } from '../page-items';
import { entriesGate, showGate, type ShowState } from '../show-state';
import { presentCharacters } from '../views';
import { factsByCharacter } from './entry-selections';
import { documentTitle } from '../document-title';
import {
  codexCharacter,
  codexFacts,
  notReadyStatus,
  type NotReadyPage,
  watchPosition,
  type CodexCharacter,
  type EntriesStatus,
} from './character-facts';

/** A visible recap or reveal that names the character, for a link to where it is shown. */
export interface CharacterMentionLink {
  readonly kindLabel: string;
  readonly title: string | null;
  /** The episode page it is on; null for what is safe for anyone, on the show page. */
  readonly episodeCode: string | null;
  /** The element id of the item on that page. */
  readonly anchor: string;
}

/**
 * One character's page. A character not introduced yet and an id the show does not have give the
 * same 'not-met' view, which holds nothing of the id, so the address cannot tell them apart.
 */
export type CharacterPage =
  | NotReadyPage
  | {
      readonly status: 'not-met';
      readonly documentTitle: string;
      readonly showId: string;
      readonly showTitle: string;
    }
  | {
      readonly status: 'met';
      readonly documentTitle: string;
      readonly showId: string;
      readonly showTitle: string;
      readonly entries: EntriesStatus;
      readonly character: CodexCharacter;
      /** Visible recaps and reveals about them, in watch order; empty until the entries load. */
      readonly mentions: readonly CharacterMentionLink[];
    };

/** Never the character's name: browser history keeps titles, and unmarking would not take it back. */
const pageTitle = (...showTitle: string[]) => documentTitle('Character', ...showTitle);

export function characterPage(state: ShowState, characterId: string): CharacterPage {
  const gate = showGate(state);
  if (state.record.status !== 'ready' || gate.status !== 'ready') {
    const showTitle = state.record.status === 'ready' ? [state.record.record.show.title] : [];
    return { status: notReadyStatus(state), documentTitle: pageTitle(...showTitle) };
  }
  const { show, characters } = state.record.record;
  const common = {
    documentTitle: pageTitle(show.title),
    showId: state.showId,
    showTitle: show.title,
  };
  const character = presentCharacters(gate, characters).find((c) => c.id === characterId);
  if (character === undefined) return { status: 'not-met', ...common };

  const names = presentCharacterNames(gate, characters);
  const contentGate = entriesGate(state);
  const entries = state.entries.status === 'ready' ? state.entries.entries : [];
  const facts = factsByCharacter(entries).get(character.id) ?? [];
  return {
    status: 'met',
    ...common,
    entries: state.entries.status,
    character: codexCharacter(character, codexFacts(contentGate, facts, names)),
    mentions: mentionLinks(contentGate, entries, character.id, names),
  };
}

function mentionLinks(
  gate: Gate,
  entries: readonly Entry[],
  characterId: string,
  names: ReadonlyMap<string, string>,
): CharacterMentionLink[] {
  const about = entries.filter(
    (entry) =>
      (entry.kind === 'recap' || entry.kind === 'reveal') && entry.characters.includes(characterId),
  );
  const links: CharacterMentionLink[] = [];
  for (const entry of about.sort(
    (a, b) => watchPosition(gate, a.spoils) - watchPosition(gate, b.spoils),
  )) {
    const view = itemView(gate, entry, names);
    if (view.state === 'visible') {
      const { kindLabel, title, episodeCode, anchor } = view;
      links.push({ kindLabel, title, episodeCode, anchor });
    }
  }
  return links;
}

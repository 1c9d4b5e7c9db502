import { presentCharacterNames } from '../page-items';
import { entriesGate, showGate, type ShowState } from '../show-state';
import { presentCharacters } from '../views';
import { factsByCharacter } from './entry-selections';
import { documentTitle } from '../document-title';
import {
  codexCharacter,
  codexFacts,
  notReadyStatus,
  type NotReadyPage,
  type CodexCharacter,
  type EntriesStatus,
} from './character-facts';

/** The character codex: who is known so far, each with the facts that have opened. */
export type CharactersPage =
  | NotReadyPage
  | {
      readonly status: 'ready';
      readonly documentTitle: string;
      readonly showId: string;
      readonly showTitle: string;
      readonly entries: EntriesStatus;
      /** Only characters introduced at or before the horizon; the others leave no trace. */
      readonly characters: readonly CodexCharacter[];
    };

export function charactersPage(state: ShowState): CharactersPage {
  const gate = showGate(state);
  if (state.record.status !== 'ready' || gate.status !== 'ready') {
    const showTitle = state.record.status === 'ready' ? [state.record.record.show.title] : [];
    return {
      status: notReadyStatus(state),
      documentTitle: documentTitle('Characters', ...showTitle),
    };
  }
  const { show, characters } = state.record.record;
  const factsGate = entriesGate(state);
  const facts = factsByCharacter(state.entries.status === 'ready' ? state.entries.entries : []);
  const names = presentCharacterNames(gate, characters);
  return {
    status: 'ready',
    documentTitle: documentTitle('Characters', show.title),
    showId: state.showId,
    showTitle: show.title,
    entries: state.entries.status,
    characters: presentCharacters(gate, characters).map((character) =>
      codexCharacter(character, codexFacts(factsGate, facts.get(character.id) ?? [], names)),
    ),
  };
}

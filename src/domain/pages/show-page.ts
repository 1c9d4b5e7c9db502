import type { Gate } from '../gate';
import type { Character, Entry } from '../pack';
import { itemView, presentCharacterNames, type ItemView } from '../page-items';
import { entriesGate, rulesOf, showGate, type ShowState } from '../show-state';
import { presentCharacters } from '../views';
import { factsByCharacter, showWideEntries } from './entry-selections';
import { showNewsPage } from './news-page';
import { documentTitle } from '../document-title';
import { coveredNotesView, type CoveredNotesView } from './notes-view';
import { episodeListView, type EpisodeListView } from './episode-rows';
import type { EpisodeItem } from './episode-items';
import { factsInStrictMode } from './strict-facts';
import { revealedList, type RevealedList } from './revealed-list';
import { showRulesView, type ShowRulesView } from './show-rules-view';

export type ItemsSection<Item = ItemView> =
  | { readonly status: 'loading' }
  | { readonly status: 'unreadable' }
  | { readonly status: 'ready'; readonly items: readonly Item[] };

export interface CharacterCard {
  readonly id: string;
  readonly name: string;
  readonly actor: string | null;
  /**
   * Facts about them, as the gate allows (in strict mode, one placeholder for the covered ones);
   * loading until the entries have loaded.
   */
  readonly facts: ItemsSection<EpisodeItem>;
}

/** Characters known so far; one introduced after the horizon leaves no trace, not even a count. */
export type CharactersSection =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly cards: readonly CharacterCard[];
      /** Everyone known so far, of whom the cards are the ones met last when there are more. */
      readonly known: number;
    };

/**
 * Cards a show's page holds at most: a soap opera's hundreds of characters are listed on the
 * codex page, and the show's page opens without laying them all out.
 */
const CHARACTER_CARDS = 12;

/** The characters met last, in the show's order; those known from the premise were met first. */
function metLast(gate: Gate & { status: 'ready' }, known: Character[]): Character[] {
  if (known.length <= CHARACTER_CARDS) return known;
  const metAt = (character: Character) =>
    gate.order.positionOf.get(character.introducedIn ?? '') ?? -1;
  const latest = new Set([...known].sort((a, b) => metAt(b) - metAt(a)).slice(0, CHARACTER_CARDS));
  return known.filter((character) => latest.has(character));
}

export interface ReadyShowPage {
  readonly status: 'ready';
  readonly showId: string;
  readonly title: string;
  readonly documentTitle: string;
  /** Network and premiere: the show's public facts. */
  readonly facts: readonly string[];
  readonly summary: string | null;
  readonly episodes: EpisodeListView;
  /** Recaps and reveals safe for anyone. */
  readonly about: ItemsSection;
  readonly characters: CharactersSection;
  readonly news: ItemsSection;
  readonly revealed: RevealedList;
  readonly coveredNotes: CoveredNotesView;
  readonly rules: ShowRulesView;
}

export type ShowPage = { readonly status: 'loading' | 'missing' | 'unreadable' } | ReadyShowPage;

function itemsSection(
  state: ShowState,
  pick: (entries: readonly Entry[]) => readonly Entry[],
  names: ReadonlyMap<string, string>,
): ItemsSection {
  if (state.entries.status !== 'ready') return { status: state.entries.status };
  const gate = entriesGate(state);
  // Until progress is there, a placeholder could not even say when its item opens.
  if (gate.status !== 'ready') return { status: 'loading' };
  return {
    status: 'ready',
    items: pick(state.entries.entries).map((e) => itemView(gate, e, names)),
  };
}

/** Visible news newest first, covered news after it, so no placeholder's place hints at its date. */
function newsSection(state: ShowState): ItemsSection {
  if (state.entries.status !== 'ready') return { status: state.entries.status };
  if (entriesGate(state).status !== 'ready') return { status: 'loading' };
  const { stories, covered } = showNewsPage(state);
  return {
    status: 'ready',
    items: [...stories.map((story) => story.item), ...covered.map((news) => news.item)],
  };
}

function characterFacts(section: ItemsSection, gate: Gate): ItemsSection<EpisodeItem> {
  return section.status === 'ready'
    ? { status: 'ready', items: factsInStrictMode(gate, section.items) }
    : section;
}

function charactersSection(
  gate: Gate & { status: 'ready' },
  known: Character[],
  factsOf: (character: Character) => ItemsSection<EpisodeItem>,
): CharactersSection {
  const cards = metLast(gate, known).map((character) => ({
    id: character.id,
    name: character.name,
    actor: character.actor,
    facts: factsOf(character),
  }));
  return { status: 'ready', cards, known: known.length };
}

export function showPage(state: ShowState): ShowPage {
  if (state.record.status !== 'ready') return { status: state.record.status };
  // Marks are read as the page opens: until then no box may show a show's episodes unwatched.
  if (!state.progressLoaded) return { status: 'loading' };
  const { show, episodes, characters } = state.record.record;
  const gate = showGate(state);
  const names = presentCharacterNames(gate, characters);
  const facts = state.entries.status === 'ready' ? factsByCharacter(state.entries.entries) : null;
  return {
    status: 'ready',
    showId: show.id,
    title: show.title,
    documentTitle: documentTitle(show.title),
    facts: [show.network, show.premiered && `premiered ${show.premiered}`].filter(
      (fact): fact is string => typeof fact === 'string' && fact !== '',
    ),
    summary: show.summary,
    episodes: episodeListView(gate, episodes, state.watched, rulesOf(state).strict),
    about: itemsSection(state, showWideEntries, names),
    characters:
      gate.status !== 'ready'
        ? { status: 'loading' }
        : charactersSection(gate, presentCharacters(gate, characters), (character) =>
            characterFacts(
              itemsSection(state, () => facts?.get(character.id) ?? [], names),
              gate,
            ),
          ),
    news: newsSection(state),
    revealed: revealedList(state),
    coveredNotes: coveredNotesView(state),
    rules: showRulesView(state, characters),
  };
}

import { ENTRY_KIND_LABELS, type EntryKind } from '../pack';
import { itemView, presentCharacterNames, type ShownItem } from '../page-items';
import { markdownText } from '../search-text';
import { entriesGate, notesGate, showGate, type ShowState } from '../show-state';
import { episodeRow, presentCharacters } from '../views';
import { noteItemView } from './notes-view';

/**
 * What search may see of one show: the visible text of what its pages show, one document per
 * episode row, present character, visible item and visible note. Built from the page views'
 * items, never from raw entries, so a covered item or an absent character contributes nothing.
 */

export type SearchResultKind = 'episode' | 'character' | EntryKind;

/**
 * Where a result is shown: an episode's page or a section of the show's page, at the item itself
 * when it is one (its anchor).
 */
export type SearchTarget =
  | { readonly page: 'episode'; readonly code: string; readonly anchor?: string }
  | {
      readonly page: 'show';
      readonly section: 'about' | 'characters' | 'news';
      readonly anchor?: string;
    };

export interface SearchDocument {
  readonly kind: SearchResultKind;
  /** What a link to it says: "S1E2 The Middle", an item's title, a character's name. */
  readonly heading: string;
  readonly target: SearchTarget;
  /** Its visible texts as the page shows them, Markdown read as plain text. */
  readonly texts: readonly string[];
}

export type SearchDocuments =
  | { readonly status: 'loading' }
  | { readonly status: 'unreadable' }
  | {
      readonly status: 'ready';
      readonly showId: string;
      readonly showTitle: string;
      /** In canonical episode order, then by kind; the premise first. */
      readonly documents: readonly SearchDocument[];
    };

export const SEARCH_RESULT_KIND_LABELS: Record<SearchResultKind, string> = {
  ...ENTRY_KIND_LABELS,
  episode: 'Episode',
  character: 'Character',
};

const KIND_RANK: Record<SearchResultKind, number> = {
  episode: 0,
  recap: 1,
  reveal: 2,
  character: 3,
  fact: 4,
  news: 5,
  note: 6,
};

interface Placed extends SearchDocument {
  /** Canonical position of the episode it belongs to; -1 for the premise. */
  readonly position: number;
}

type Placement = Pick<Placed, 'target' | 'position'>;

const present = (...texts: (string | null)[]) =>
  texts.filter((text): text is string => text !== null && text !== '');

/**
 * Where the pages show a visible item: on the page of the episode it opens at, news and other
 * facts on the show's page, spoiler-free recaps and reveals in the show page's "About the show",
 * notes tied to no listed episode on every episode page (the first stands for them). Null for a
 * recap or reveal tied to an episode the show does not list, which no page shows.
 */
function placement(
  kind: EntryKind,
  code: string | null,
  positionOf: ReadonlyMap<string, number>,
  firstCode: string | undefined,
): Placement | null {
  const position = code === null ? undefined : positionOf.get(code);
  if (kind === 'news') {
    const unlisted = code === null ? -1 : positionOf.size;
    return { target: { page: 'show', section: 'news' }, position: position ?? unlisted };
  }
  if (position !== undefined && code !== null) {
    return { target: { page: 'episode', code }, position };
  }
  if (kind === 'fact') return { target: { page: 'show', section: 'characters' }, position: -1 };
  if (code === null && (kind === 'recap' || kind === 'reveal')) {
    return { target: { page: 'show', section: 'about' }, position: -1 };
  }
  if (kind === 'note' && firstCode !== undefined) {
    return { target: { page: 'episode', code: firstCode }, position: positionOf.size };
  }
  return null;
}

function itemDocument(item: ShownItem, place: Placement): Placed {
  // A fact is about its character: found by their name, headed by it when it has no title.
  const about = item.kind === 'fact' ? (item.characters[0]?.name ?? null) : null;
  const { target } = place;
  return {
    kind: item.kind,
    heading: item.title ?? about ?? item.kindLabel,
    position: place.position,
    target: { ...target, anchor: item.anchor },
    texts: present(item.title, markdownText(item.body), about),
  };
}

function isLoading(state: ShowState): boolean {
  return (
    showGate(state).status === 'loading' ||
    state.entries.status === 'loading' ||
    state.notes.status === 'loading'
  );
}

const NO_PEEKS: ReadonlySet<string> = new Set();

const recordOf = (state: ShowState) =>
  state.record.status === 'ready' ? state.record.record : state.record.status;

/** The same show state in all but what the user is peeking at. */
function sameButPeeks(a: ShowState, b: ShowState): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof ShowState)[]);
  return [...keys].every(
    (key) =>
      key === 'peeked' || (key === 'record' ? recordOf(a) === recordOf(b) : a[key] === b[key]),
  );
}

const lastBuilt = new Map<string, { state: ShowState; documents: SearchDocuments }>();

/**
 * Search's documents for one show; the same object while only peeks change, so indexes can be
 * kept. Peeks never reach search: a peek is for reading one item where it stands, and an index
 * would keep its text after the peek ended.
 */
export function searchDocuments(state: ShowState): SearchDocuments {
  const last = lastBuilt.get(state.showId);
  if (last && sameButPeeks(last.state, state)) return last.documents;
  const unpeeked = state.peeked?.size ? { ...state, peeked: NO_PEEKS } : state;
  const documents = buildSearchDocuments(unpeeked);
  lastBuilt.set(state.showId, { state, documents });
  return documents;
}

function buildSearchDocuments(state: ShowState): SearchDocuments {
  if (isLoading(state)) return { status: 'loading' };
  const gate = showGate(state);
  if (
    state.record.status !== 'ready' ||
    gate.status !== 'ready' ||
    state.entries.status !== 'ready' ||
    state.notes.status !== 'ready'
  ) {
    return { status: 'unreadable' };
  }
  const { show, episodes, characters } = state.record.record;
  const positionOf = gate.order.positionOf;
  const firstCode = gate.order.codes[0];
  const names = presentCharacterNames(gate, characters);
  const placed: Placed[] = [];

  episodes.forEach((episode) => {
    const row = episodeRow(gate, episode, state.watched);
    const texts = present(row.titleShown ? row.label : null, row.synopsis);
    if (texts.length === 0) return;
    placed.push({
      kind: 'episode',
      heading: `${row.code} ${row.label}`,
      target: { page: 'episode', code: row.code },
      position: positionOf.get(row.code) ?? -1,
      texts,
    });
  });

  for (const character of presentCharacters(gate, characters)) {
    placed.push({
      kind: 'character',
      heading: character.name,
      target: { page: 'show', section: 'characters' },
      position:
        character.introducedIn === null ? -1 : (positionOf.get(character.introducedIn) ?? -1),
      texts: present(character.name, character.actor),
    });
  }

  const itemGate = entriesGate(state);
  for (const entry of state.entries.entries) {
    const item = itemView(itemGate, entry, names);
    if (item.state !== 'visible') continue;
    const place = placement(item.kind, item.episodeCode, positionOf, firstCode);
    if (place) placed.push(itemDocument(item, place));
  }

  const ownGate = notesGate(state);
  for (const note of state.notes.notes) {
    const view = noteItemView(ownGate, note);
    if (view.state !== 'visible') continue;
    const place = placement('note', note.spoils, positionOf, firstCode);
    if (place) placed.push(itemDocument(view.item, place));
  }

  placed.sort((a, b) => a.position - b.position || KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  return {
    status: 'ready',
    showId: state.showId,
    showTitle: show.title,
    documents: placed.map(({ kind, heading, target, texts }) => ({ kind, heading, target, texts })),
  };
}

import { ENTRY_KIND_LABELS, type Character, type Entry, type EntryKind } from './pack';
import { excerptAround, fold, markdownText, queryWords, type Excerpt } from './search-text';
import type { EntryView, EpisodeRow } from './views';

/**
 * Search over one show, fed only with what the gate let through. It never receives a raw entry:
 * covered entry views hold nothing to match, hidden titles and covered synopses are not in the
 * episode rows, and absent characters are not in the list. So hidden text cannot shape results,
 * their count or their order.
 */

/** What the gate produced for one show: the only input search accepts. */
export interface SearchableViews {
  /** episodeRow of every episode, in canonical order. */
  readonly rows: readonly EpisodeRow[];
  /** entryViews of the show's entries. */
  readonly entries: readonly EntryView[];
  /** entryViews of the user's notes on the show. */
  readonly notes: readonly EntryView[];
  /** presentCharacters of the show. */
  readonly characters: readonly Character[];
}

export type SearchResultKind = 'episode' | 'character' | EntryKind;

/** Where a result is shown: an episode's page, or a section of the show's page. */
export type SearchTarget =
  | { readonly page: 'episode'; readonly code: string }
  | { readonly page: 'show'; readonly section: 'about' | 'characters' | 'news' };

export interface SearchResult {
  readonly kind: SearchResultKind;
  /** What a link to it says: "S1E2 The Middle", an entry's title, a character's name. */
  readonly heading: string;
  readonly target: SearchTarget;
  readonly excerpt: Excerpt;
}

export interface SearchOutcome {
  /** How many items match, all of them; `results` holds the first few. */
  readonly count: number;
  readonly results: readonly SearchResult[];
}

interface IndexedItem {
  readonly kind: SearchResultKind;
  readonly heading: string;
  readonly target: SearchTarget;
  /** Canonical position of the episode it belongs to; -1 for the premise, after all when none. */
  readonly position: number;
  /** Its visible texts folded and joined by line breaks, which no query word contains. */
  readonly folded: string;
  /** Its visible texts as the page shows them; made again only for the excerpts shown. */
  readonly texts: () => readonly string[];
}

/** Visible text folded once, so a keystroke only scans; built again when the gate changes. */
export interface SearchIndex {
  /** In canonical episode order, then by kind. */
  readonly items: readonly IndexedItem[];
}

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

function present(...texts: (string | null | undefined)[]): string[] {
  return texts.filter((text) => text !== null && text !== undefined);
}

const foldedTexts = (texts: readonly string[]) => fold(texts.join('\n'));

function entryTexts(entry: Entry): string[] {
  return present(entry.title, markdownText(entry.body));
}

/** An entry's texts folded once while it is loaded, so a gate change only filters. */
const foldedEntries = new WeakMap<Entry, string>();

function foldedEntry(entry: Entry): string {
  let folded = foldedEntries.get(entry);
  if (folded === undefined) {
    folded = foldedTexts(entryTexts(entry));
    foldedEntries.set(entry, folded);
  }
  return folded;
}

/**
 * Folds the text of the visible entries among `entries` now, so that `searchIndex` finds it done:
 * a caller can spread the work of a large show over idle moments, a slice at a time.
 */
export function prepareSearch(entries: readonly EntryView[]): void {
  for (const view of entries) if (view.state === 'visible') foldedEntry(view.entry);
}

function rowItem(row: EpisodeRow, position: number): IndexedItem {
  const texts = present(
    row.titleShown ? row.label : null,
    row.synopsisCovered ? null : row.synopsis,
  );
  return {
    kind: 'episode',
    heading: `${row.code} ${row.label}`,
    target: { page: 'episode', code: row.code },
    position,
    folded: foldedTexts(texts),
    texts: () => texts,
  };
}

function characterItem(character: Character, positionOf: ReadonlyMap<string, number>): IndexedItem {
  const texts = present(character.name, character.actor);
  return {
    kind: 'character',
    heading: character.name,
    target: { page: 'show', section: 'characters' },
    position: character.introducedIn === null ? -1 : (positionOf.get(character.introducedIn) ?? -1),
    folded: foldedTexts(texts),
    texts: () => texts,
  };
}

/**
 * Where the pages show a visible entry: recaps, reveals, facts and notes on the page of the
 * episode they open at, news and other facts on the show's page, notes tied to no listed episode
 * on every episode page, spoiler-free recaps and reveals in the show page's "About the show". Null
 * for a recap or reveal tied to an episode the show does not list, which no page shows.
 */
function placement(
  entry: Entry,
  positionOf: ReadonlyMap<string, number>,
  firstCode: string | undefined,
): Pick<IndexedItem, 'target' | 'position'> | null {
  const position = entry.spoils === null ? undefined : positionOf.get(entry.spoils);
  if (entry.kind === 'news') {
    const unlisted = entry.spoils === null ? -1 : positionOf.size;
    return { target: { page: 'show', section: 'news' }, position: position ?? unlisted };
  }
  if (position !== undefined && entry.spoils !== null) {
    return { target: { page: 'episode', code: entry.spoils }, position };
  }
  if (entry.kind === 'fact')
    return { target: { page: 'show', section: 'characters' }, position: -1 };
  if (entry.spoils === null && (entry.kind === 'recap' || entry.kind === 'reveal')) {
    return { target: { page: 'show', section: 'about' }, position: -1 };
  }
  if (entry.kind === 'note' && firstCode !== undefined) {
    return { target: { page: 'episode', code: firstCode }, position: positionOf.size };
  }
  return null;
}

function entryItem(
  view: EntryView,
  positionOf: ReadonlyMap<string, number>,
  firstCode: string | undefined,
  names: ReadonlyMap<string, string>,
): IndexedItem | null {
  if (view.state !== 'visible') return null;
  const { entry } = view;
  const place = placement(entry, positionOf, firstCode);
  if (!place) return null;
  const subject = entry.kind === 'fact' ? entry.characters[0] : undefined;
  const about = subject === undefined ? undefined : names.get(subject);
  return {
    kind: entry.kind,
    heading: entry.title ?? about ?? ENTRY_KIND_LABELS[entry.kind],
    ...place,
    folded: about === undefined ? foldedEntry(entry) : `${foldedEntry(entry)}\n${fold(about)}`,
    texts: () => present(...entryTexts(entry), about),
  };
}

/** Folds everything the gate let through, once; search with `searchShow`. */
export function searchIndex(views: SearchableViews): SearchIndex {
  const positionOf = new Map(views.rows.map((row, position) => [row.code, position]));
  const firstCode = views.rows[0]?.code;
  const names = new Map(views.characters.map((character) => [character.id, character.name]));
  const items = [
    ...views.rows.map(rowItem),
    ...views.characters.map((character) => characterItem(character, positionOf)),
    ...[...views.entries, ...views.notes].map((view) =>
      entryItem(view, positionOf, firstCode, names),
    ),
  ].filter((item): item is IndexedItem => item !== null && item.folded !== '');
  items.sort((a, b) => a.position - b.position || KIND_RANK[a.kind] - KIND_RANK[b.kind]);
  return { items };
}

const NO_RESULTS: SearchOutcome = { count: 0, results: [] };

/**
 * Items whose visible text holds every word of the query, anywhere and in any case or accent, in
 * canonical order; excerpts for the first `limit` only, so a keystroke never re-reads the corpus.
 */
export function searchShow(index: SearchIndex, query: string, limit = 50): SearchOutcome {
  const words = queryWords(query).sort((a, b) => b.length - a.length);
  const first = words[0];
  if (first === undefined) return NO_RESULTS;
  const results: SearchResult[] = [];
  let count = 0;
  for (const item of index.items) {
    if (!words.every((word) => item.folded.includes(word))) continue;
    count += 1;
    if (results.length >= limit) continue;
    const excerpt = item
      .texts()
      .map((text) => excerptAround(text, first))
      .find(Boolean);
    if (excerpt)
      results.push({ kind: item.kind, heading: item.heading, target: item.target, excerpt });
  }
  return { count, results };
}

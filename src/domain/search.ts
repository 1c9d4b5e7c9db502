import MiniSearch from 'minisearch';
import type { SearchDocument, SearchResultKind, SearchTarget } from './pages/search-documents';
import { excerptAround, fold, type Excerpt } from './search-text';

/**
 * The search engine: one MiniSearch index per show, built from that show's search documents, which
 * hold visible text only. Every term the index knows was visible, so results, their count, their
 * order, scores, prefix expansions and fuzzy corrections all come from visible text. Nothing is
 * ever suggested (no autoSuggest), and an index is built again rather than patched, since a
 * discarded document's terms would stay in the vocabulary. Loaded lazily: only search imports it.
 */

export interface SearchResult {
  readonly kind: SearchResultKind;
  readonly heading: string;
  readonly target: SearchTarget;
  readonly excerpt: Excerpt;
}

export interface SearchOutcome {
  /** How many documents match, all of them; `results` holds the first few. */
  readonly count: number;
  readonly results: readonly SearchResult[];
}

export interface ShowIndex {
  readonly documents: readonly SearchDocument[];
  readonly engine: MiniSearch<IndexedText>;
}

interface IndexedText {
  readonly id: number;
  readonly text: string;
}

/** Case and accents do not matter: "renee" finds "Renée". */
const processTerm = (term: string) => fold(term);

const SEARCH_OPTIONS = {
  prefix: true,
  fuzzy: 0.2,
  combineWith: 'AND',
} as const;

const indexes = new WeakMap<readonly SearchDocument[], ShowIndex>();

/** The index of one show's documents; the same one while the documents are the same. */
export function showIndex(documents: readonly SearchDocument[]): ShowIndex {
  let index = indexes.get(documents);
  if (index === undefined) {
    const engine = new MiniSearch<IndexedText>({
      fields: ['text'],
      processTerm,
      searchOptions: SEARCH_OPTIONS,
    });
    engine.addAll(documents.map((document, id) => ({ id, text: document.texts.join('\n') })));
    index = { documents, engine };
    indexes.set(documents, index);
  }
  return index;
}

const NO_RESULTS: SearchOutcome = { count: 0, results: [] };

function excerptOf(document: SearchDocument, terms: readonly string[]): Excerpt | null {
  for (const term of terms) {
    for (const text of document.texts) {
      const excerpt = excerptAround(text, term);
      if (excerpt) return excerpt;
    }
  }
  return null;
}

/**
 * Documents holding every word of the query, each as a word, the start of a word or a word one
 * or two letters off (by length), best first, documents earlier in watch order first when equal;
 * excerpts for the first `limit` only.
 */
export function searchShow(index: ShowIndex, query: string, limit = 50): SearchOutcome {
  if (query.trim() === '') return NO_RESULTS;
  const matches = index.engine
    .search(query)
    .sort((a, b) => b.score - a.score || (a.id as number) - (b.id as number));
  if (matches.length === 0) return NO_RESULTS;
  const results: SearchResult[] = [];
  for (const match of matches.slice(0, limit)) {
    const document = index.documents[match.id as number];
    const excerpt = document && excerptOf(document, match.terms);
    if (!document || !excerpt) continue;
    results.push({
      kind: document.kind,
      heading: document.heading,
      target: document.target,
      excerpt,
    });
  }
  return { count: matches.length, results };
}

import { searchShow, showIndex, type SearchResult } from '../search';
import { documentTitle } from '../document-title';
import type { SearchDocuments } from './search-documents';

/** The results page of a search across every show, from each show's visible text only. */

export interface SearchGroup {
  readonly showId: string;
  readonly showTitle: string;
  /** Every match in this show; `results` holds the first few. */
  readonly count: number;
  readonly results: readonly SearchResult[];
}

export interface SearchPageView {
  readonly documentTitle: string;
  /** Nothing asked yet, shows still loading, or results. */
  readonly status: 'empty' | 'loading' | 'ready';
  /** "3 results in 2 shows for “olivas”"; empty while there is nothing to say. */
  readonly statusLine: string;
  /** Shows with results, in library order. */
  readonly groups: readonly SearchGroup[];
  /** Shows whose stored copy could not be read, so were not searched. */
  readonly unreadableShows: number;
}

const TITLE = documentTitle('Search');

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

function statusLine(query: string, groups: readonly SearchGroup[]): string {
  const count = groups.reduce((sum, group) => sum + group.count, 0);
  if (count === 0) return `No results for “${query}”`;
  return `${plural(count, 'result', 'results')} in ${plural(groups.length, 'show', 'shows')} for “${query}”`;
}

/**
 * Results per show for `query`, the first `limit` of each; loading, with nothing in it, until
 * every show's documents are ready or known unreadable.
 */
export function searchPage(
  shows: readonly SearchDocuments[],
  rawQuery: string,
  limit = 50,
): SearchPageView {
  const query = rawQuery.trim().replace(/\s+/g, ' ');
  const unreadableShows = shows.filter((show) => show.status === 'unreadable').length;
  const view = { documentTitle: TITLE, groups: [], unreadableShows };
  if (query === '') return { ...view, status: 'empty', statusLine: '' };
  if (shows.some((show) => show.status === 'loading')) {
    return { ...view, status: 'loading', statusLine: 'Searching your shows…' };
  }
  const groups = shows.flatMap((show): SearchGroup[] => {
    if (show.status !== 'ready') return [];
    const { count, results } = searchShow(showIndex(show.documents), query, limit);
    if (count === 0) return [];
    return [{ showId: show.showId, showTitle: show.showTitle, count, results }];
  });
  return { ...view, status: 'ready', statusLine: statusLine(query, groups), groups };
}

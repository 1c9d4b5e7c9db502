import { useDeferredValue, useId, useMemo, useState } from 'react';
import { searchIndex, searchShow, type SearchOutcome } from '../../domain/search';
import type { StoredShow } from '../../storage/database';
import { SearchResults } from './search-results';
import { useSearchWarmUp } from './use-search-warm-up';
import { useSearchableViews } from './use-searchable-views';
import './search.css';

const SHOWN = 50;

function statusText(query: string, outcome: SearchOutcome | null): string {
  if (query === '') return '';
  if (outcome === null) return 'Loading what there is to search…';
  const { count } = outcome;
  if (count === 0) return `No results for “${query}”`;
  return `${count.toLocaleString('en')} ${count === 1 ? 'result' : 'results'} for “${query}”`;
}

/**
 * Search over what the gate shows of this show. The query is the user's own text, kept in this
 * component only; nothing is suggested, and results, their count and their order come from
 * visible text alone.
 */
export function ShowSearch({ stored }: { stored: StoredShow }) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [focused, setFocused] = useState(false);
  // Typing updates the field at once; results follow when the browser has time.
  const searched = useDeferredValue(query).trim().replace(/\s+/g, ' ');
  const searching = searched !== '';
  const views = useSearchableViews(stored, focused || searching);
  useSearchWarmUp(views);
  const index = useMemo(() => (views && searching ? searchIndex(views) : null), [views, searching]);
  const outcome = useMemo(
    () => (index ? searchShow(index, searched, SHOWN) : null),
    [index, searched],
  );
  return (
    <form
      role="search"
      className="show-search"
      onSubmit={(event) => event.preventDefault()}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
    >
      <label htmlFor={inputId}>Search {stored.show.title}</label>
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        enterKeyHint="search"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
      <p role="status" className="status search-status">
        {statusText(searched, outcome)}
      </p>
      {outcome && outcome.results.length > 0 ? (
        <>
          <SearchResults showId={stored.show.id} results={outcome.results} />
          {outcome.count > outcome.results.length ? (
            <p className="hint">Showing the first {SHOWN}. Add a word to narrow the search.</p>
          ) : null}
        </>
      ) : null}
    </form>
  );
}

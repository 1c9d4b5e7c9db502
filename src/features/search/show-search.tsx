import { useDeferredValue, useId, useState } from 'react';
import { useShowSearch, type ShowSearchOutcome } from '../../stores/page-views/show-search';
import { SearchResults } from './search-results';
import './search.css';

const SHOWN = 50;

function statusText(query: string, outcome: ShowSearchOutcome): string {
  if (query === '') return '';
  if (outcome === 'loading') return 'Loading what there is to search…';
  if (outcome === 'unreadable') return 'This show could not be read, so it cannot be searched.';
  const { count } = outcome;
  if (count === 0) return `No results for “${query}”`;
  return `${count.toLocaleString('en')} ${count === 1 ? 'result' : 'results'} for “${query}”`;
}

/**
 * Search over what the pages show of this show. The query is the user's own text, kept in this
 * component only; nothing is suggested, and results, their count and their order come from
 * visible text alone.
 */
export function ShowSearch({ showId, title }: { showId: string; title: string }) {
  const inputId = useId();
  const [query, setQuery] = useState('');
  // Typing updates the field at once; results follow when the browser has time.
  const searched = useDeferredValue(query).trim().replace(/\s+/g, ' ');
  const outcome = useShowSearch(showId, searched, SHOWN);
  const found = typeof outcome === 'object' && searched !== '' ? outcome : null;
  return (
    <form
      role="search"
      aria-label={title}
      className="show-search"
      onSubmit={(event) => event.preventDefault()}
    >
      <label htmlFor={inputId}>Search {title}</label>
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
      {found && found.results.length > 0 ? (
        <>
          <SearchResults label="Search results" showId={showId} results={found.results} />
          {found.count > found.results.length ? (
            <p className="hint">Showing the first {SHOWN}. Add a word to narrow the search.</p>
          ) : null}
        </>
      ) : null}
    </form>
  );
}

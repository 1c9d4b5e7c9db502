import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { searchSubmitted, useSearchQueryStore } from '../../stores/search-query-store';
import './header-search.css';

/** True when `/` typed there is text: a field, an editable area, a select. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target.closest('input, textarea, select') !== null;
}

/**
 * The header's search across every show. `/` focuses it from anywhere but a field. Submitting
 * opens /search with the query held in memory only: the URL, the history and a reload never have it.
 */
export function HeaderSearch() {
  const inputId = useId();
  const field = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const [query, setQuery] = useState(() => useSearchQueryStore.getState().query);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.defaultPrevented || event.isComposing || isTyping(event.target)) return;
      event.preventDefault();
      field.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <form
      role="search"
      aria-label="Your shows"
      className="header-search"
      onSubmit={(event) => {
        event.preventDefault();
        searchSubmitted(query);
        void navigate('/search');
      }}
    >
      <label htmlFor={inputId}>Search your shows</label>
      <input
        ref={field}
        id={inputId}
        type="search"
        autoComplete="off"
        enterKeyHint="search"
        aria-keyshortcuts="/"
        value={query}
        onChange={(event) => setQuery(event.currentTarget.value)}
      />
    </form>
  );
}

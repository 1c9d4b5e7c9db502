import { useSearchPage } from '../../stores/page-views/search-page';
import { useDocumentTitle } from '../shared/use-page-title';
import { SearchResults } from './search-results';
import './search.css';

/**
 * Results of the header's search across every show, grouped by show. The query comes from memory,
 * never from the URL, so a reload shows an empty search.
 */
export function SearchPage() {
  const view = useSearchPage();
  useDocumentTitle(view.documentTitle);
  return (
    <div className="search-page">
      <h1>Search</h1>
      {view.status === 'empty' ? (
        <p>Type a word in “Search your shows” above. Only what you may see is searched.</p>
      ) : null}
      <p role="status" className="status search-status">
        {view.statusLine}
      </p>
      {view.unreadableShows > 0 ? (
        <p className="hint">
          {view.unreadableShows === 1
            ? 'One show could not be read and was not searched.'
            : `${view.unreadableShows} shows could not be read and were not searched.`}
        </p>
      ) : null}
      {view.groups.map((group) => (
        <section key={group.showId} aria-labelledby={`results-${group.showId}`}>
          <h2 id={`results-${group.showId}`}>{group.showTitle}</h2>
          <SearchResults
            label={`Results in ${group.showTitle}`}
            showId={group.showId}
            results={group.results}
          />
          {group.count > group.results.length ? (
            <p className="hint">
              Showing the first {group.results.length} of {group.count.toLocaleString('en')}.
            </p>
          ) : null}
        </section>
      ))}
    </div>
  );
}

import { Link } from 'react-router';
import {
  SEARCH_RESULT_KIND_LABELS,
  type SearchResult,
  type SearchTarget,
} from '../../domain/search';

/** Ids of the show page's section headings (show-page.tsx, characters-section.tsx). */
const SECTION_HEADINGS = {
  about: 'about-heading',
  characters: 'characters-heading',
  news: 'news-heading',
} as const;

function ResultLink({
  showId,
  target,
  children,
}: {
  showId: string;
  target: SearchTarget;
  children: string;
}) {
  return target.page === 'episode' ? (
    <Link to={`/shows/${showId}/episodes/${target.code}`}>{children}</Link>
  ) : (
    // A fragment on this very page: the browser scrolls to the section.
    <a href={`#${SECTION_HEADINGS[target.section]}`}>{children}</a>
  );
}

function where({ kind, target }: SearchResult): string {
  const label = SEARCH_RESULT_KIND_LABELS[kind];
  return target.page === 'episode' && kind !== 'episode' ? `${label} · ${target.code}` : label;
}

/** Results as links to where each is shown, with the visible text that matched. */
export function SearchResults({
  showId,
  results,
}: {
  showId: string;
  results: readonly SearchResult[];
}) {
  return (
    <ul className="search-results" aria-label="Search results">
      {results.map((result, position) => {
        const { text, matchStart, matchEnd } = result.excerpt;
        return (
          <li key={position} className="search-result">
            <ResultLink showId={showId} target={result.target}>
              {result.heading}
            </ResultLink>
            <p className="search-result-kind">{where(result)}</p>
            <p className="search-excerpt">
              {text.slice(0, matchStart)}
              <mark>{text.slice(matchStart, matchEnd)}</mark>
              {text.slice(matchEnd)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

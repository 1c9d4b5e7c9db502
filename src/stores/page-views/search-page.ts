import { useMemo } from 'react';
import { searchDocuments } from '../../domain/pages/search-documents';
import { searchPage, type SearchPageView } from '../../domain/pages/search-page';
import { useSearchQueryStore } from '../search-query-store';
import { useLibraryShowStates } from '../use-show-state';

/** The results page for the query the header's box was given, over every show in the library. */
export function useSearchPage(): SearchPageView {
  const query = useSearchQueryStore((state) => state.query);
  const { loaded, states } = useLibraryShowStates();
  const documents = useMemo(() => states.map(searchDocuments), [states]);
  return useMemo(
    () => searchPage(loaded ? documents : [{ status: 'loading' }], query),
    [loaded, documents, query],
  );
}

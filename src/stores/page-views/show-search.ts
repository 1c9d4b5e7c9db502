import { useEffect, useMemo, useState } from 'react';
import { searchDocuments } from '../../domain/pages/search-documents';
import type { SearchOutcome } from '../../domain/search';
import { useShowState } from '../use-show-state';

type Engine = typeof import('../../domain/search');
let engine: Engine | null = null;

/** The search engine, loaded on first use only, so pages that never search never fetch it. */
function useEngine(wanted: boolean): Engine | null {
  const [loaded, setLoaded] = useState(engine);
  useEffect(() => {
    if (!wanted || loaded) return;
    let current = true;
    void import('../../domain/search').then((module) => {
      engine = module;
      if (current) setLoaded(module);
    });
    return () => {
      current = false;
    };
  }, [wanted, loaded]);
  return loaded;
}

export type ShowSearchOutcome = SearchOutcome | 'loading' | 'unreadable';

/**
 * One show's results for `query`: loading until its visible text and the engine are ready. The
 * show's text is gathered only while there is a query: a mark on a long show must not pay for it.
 */
export function useShowSearch(showId: string, query: string, limit: number): ShowSearchOutcome {
  const state = useShowState(showId);
  const searching = query !== '';
  const loadedEngine = useEngine(searching);
  return useMemo(() => {
    if (!searching) return 'loading';
    const documents = searchDocuments(state);
    if (documents.status === 'unreadable') return 'unreadable';
    if (documents.status === 'loading' || !loadedEngine) return 'loading';
    return loadedEngine.searchShow(loadedEngine.showIndex(documents.documents), query, limit);
  }, [state, searching, loadedEngine, query, limit]);
}

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

/** One show's results for `query`: loading until its visible text and the engine are ready. */
export function useShowSearch(showId: string, query: string, limit: number): ShowSearchOutcome {
  const documents = searchDocuments(useShowState(showId));
  const loadedEngine = useEngine(query !== '');
  return useMemo(() => {
    if (documents.status === 'unreadable') return 'unreadable';
    if (documents.status === 'loading' || !loadedEngine) return 'loading';
    return loadedEngine.searchShow(loadedEngine.showIndex(documents.documents), query, limit);
  }, [documents, loadedEngine, query, limit]);
}

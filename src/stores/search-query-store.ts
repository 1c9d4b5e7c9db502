import { create } from 'zustand';

/**
 * The query of the search across shows. It lives in memory only, never in the URL or the
 * history's state, so a reload, a shared link or the browser's history never holds it.
 */
export const useSearchQueryStore = create<{ query: string }>()(() => ({ query: '' }));

export function searchSubmitted(query: string): void {
  useSearchQueryStore.setState({ query });
}

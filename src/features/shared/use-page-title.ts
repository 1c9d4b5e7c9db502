import { useEffect } from 'react';
import { documentTitle } from '../../domain/views';

/** Sets the tab title; callers pass only codes, the show's title and the app's own words. */
export function usePageTitle(...visibleParts: string[]): void {
  const title = documentTitle(...visibleParts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}

import { useEffect } from 'react';
import { documentTitle } from '../../domain/views';

/** Sets the tab title; callers pass only visible text and codes. */
export function usePageTitle(...visibleParts: string[]): void {
  const title = documentTitle(...visibleParts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}

import { useEffect } from 'react';
import { documentTitle } from '../../domain/document-title';

/** Sets the tab title; callers pass only codes, the show's title and the app's own words. */
export function usePageTitle(...visibleParts: string[]): void {
  useDocumentTitle(documentTitle(...visibleParts));
}

/** Sets the tab title a page view carries, built by the domain with documentTitle. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}

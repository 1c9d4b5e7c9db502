import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Focuses the element the address names after `#` (a search result's item) or else the h1 inside
 * `container`, making it focusable first; false when it is not there yet.
 */
function focusTarget(container: HTMLElement, hash: string): boolean {
  const id = decodeURIComponent(hash.slice(1));
  const target = id === '' ? container.querySelector('h1') : document.getElementById(id);
  if (!target || !container.contains(target)) return false;
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus();
  if (id !== '') target.scrollIntoView?.({ block: 'start' });
  return true;
}

/**
 * After moving to another page (never on first load), puts focus on its h1, so keyboard and
 * screen-reader users start at the new content rather than on a link that is gone; or on the item
 * the address names after `#` (a search result's), once it is there. While the page is still
 * loading, focus waits on the element the returned ref is given (`main`), then the h1, and moves
 * on when what it waits for appears, unless the user has moved on. The tab title is the page's.
 */
export function useFocusOnNavigation<T extends HTMLElement>() {
  const container = useRef<T>(null);
  const { pathname, hash } = useLocation();
  const shownPathname = useRef(pathname);
  useEffect(() => {
    const main = container.current;
    if (!main) return;
    // A link to an item on this very page (the show page's own search) moves focus to it.
    if (pathname === shownPathname.current) {
      if (hash !== '') focusTarget(main, hash);
      return;
    }
    shownPathname.current = pathname;
    const settled = () => {
      if (focusTarget(main, hash)) return true;
      // Until the item is there, the h1 holds focus.
      if (hash !== '') focusTarget(main, '');
      return false;
    };
    if (settled()) return;
    if (document.activeElement !== main.querySelector('h1')) main.focus();
    const observer = new MutationObserver(() => {
      const waiting =
        document.activeElement === main || document.activeElement === main.querySelector('h1');
      if (!waiting || settled()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname, hash]);
  return container;
}

import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** Focuses the h1 inside `container`, making it focusable first; false when there is none yet. */
function focusHeading(container: HTMLElement): boolean {
  const heading = container.querySelector('h1');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
  return true;
}

/**
 * After moving to another page (never on first load), puts focus on its h1, so keyboard and
 * screen-reader users start at the new content rather than on a link that is gone. While the page
 * is still loading, focus waits on the element the returned ref is given (`main`) and moves to the
 * h1 when it appears, unless the user has moved on. The tab title is usePageTitle's job.
 */
export function useFocusOnNavigation<T extends HTMLElement>() {
  const container = useRef<T>(null);
  const { pathname } = useLocation();
  const shownPathname = useRef(pathname);
  useEffect(() => {
    const main = container.current;
    if (pathname === shownPathname.current || !main) return;
    shownPathname.current = pathname;
    if (focusHeading(main)) return;
    main.focus();
    const observer = new MutationObserver(() => {
      if (document.activeElement !== main || focusHeading(main)) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname]);
  return container;
}

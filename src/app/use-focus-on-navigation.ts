import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving to another page (never on first load), puts focus on its h1, or on the element the
 * returned ref is given (`main`) while the page has none, so keyboard and screen-reader users start
 * at the new content rather than on a link that is gone. The tab title is usePageTitle's job.
 */
export function useFocusOnNavigation<T extends HTMLElement>() {
  const container = useRef<T>(null);
  const { pathname } = useLocation();
  const shownPathname = useRef(pathname);
  useEffect(() => {
    if (pathname === shownPathname.current) return;
    shownPathname.current = pathname;
    const target = container.current?.querySelector('h1') ?? container.current;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.focus();
  }, [pathname]);
  return container;
}

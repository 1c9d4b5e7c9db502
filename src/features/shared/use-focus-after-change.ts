import { useCallback, useEffect, useRef } from 'react';

/**
 * For a control that disappears when used (a Reveal button replaced by what it revealed): call
 * `expectChange()` before acting, and focus moves to `ref` once `value` has changed and any
 * dialog has closed, instead of falling back to the top of the page.
 */
export function useFocusAfterChange<T extends HTMLElement>(value: unknown) {
  const ref = useRef<T>(null);
  const expecting = useRef(false);
  useEffect(() => {
    if (!expecting.current) return;
    expecting.current = false;
    ref.current?.focus();
  }, [value]);
  const expectChange = useCallback(() => {
    expecting.current = true;
  }, []);
  return { ref, expectChange };
}

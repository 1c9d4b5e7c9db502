import { useCallback, useEffect, useRef, type RefObject } from 'react';

/**
 * For a control that disappears when used (a Reveal button replaced by what it revealed): call
 * `expectChange()` before acting, and focus moves to `ref` once `value` has changed and any
 * dialog has closed, instead of falling back to the top of the page. `target`, when given, is
 * the ref to focus, shared with whoever else focuses that control.
 */
export function useFocusAfterChange<T extends HTMLElement>(
  value: unknown,
  target?: RefObject<T | null>,
) {
  const ownRef = useRef<T>(null);
  const ref = target ?? ownRef;
  const expecting = useRef(false);
  useEffect(() => {
    if (!expecting.current) return;
    expecting.current = false;
    ref.current?.focus();
  }, [value, ref]);
  const expectChange = useCallback(() => {
    expecting.current = true;
  }, []);
  return { ref, expectChange };
}

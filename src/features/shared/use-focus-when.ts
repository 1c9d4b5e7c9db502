import { useEffect, useRef } from 'react';

/**
 * Focuses `ref` once `when` turns true, then calls `focused`. For an item that moves when used:
 * a revealed news item leaves the covered group for its place by date, and back when hidden.
 */
export function useFocusWhen<T extends HTMLElement>(when: boolean, focused: () => void) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!when) return;
    ref.current?.focus();
    focused();
  }, [when, focused]);
  return ref;
}

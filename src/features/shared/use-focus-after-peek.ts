import { useEffect, useRef, type RefObject } from 'react';

/**
 * When a peek ends, the item's content (and the Cover now button, if focused) leaves the page:
 * focus goes back to the placeholder's Peek button if it was on the item, or was lost with it,
 * and stays wherever else the user has since taken it.
 */
export function useFocusAfterPeek(peeking: boolean, item: RefObject<HTMLElement | null>) {
  const peekButtonRef = useRef<HTMLButtonElement>(null);
  const wasPeeking = useRef(peeking);
  useEffect(() => {
    const ended = wasPeeking.current && !peeking;
    wasPeeking.current = peeking;
    if (!ended) return;
    const focused = document.activeElement;
    const lost = focused === null || focused === document.body;
    if (lost || (focused !== null && item.current?.contains(focused))) {
      peekButtonRef.current?.focus();
    }
  }, [peeking, item]);
  return peekButtonRef;
}

import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { create } from 'zustand';
import { ownEntry } from './own-entry';

/**
 * A shared link's "safe up to" value (`?safe=S1E4`), per show, held for this tab's session: once
 * a link brought it, every page of that show stays held to it until the user lifts it or closes
 * the tab. The domain (safe-up-to.ts) decides what it covers; here it is only carried.
 */

export const SAFE_UP_TO_PARAM = 'safe';
const SESSION_KEY = 'previously.safe-up-to';

type HeldValues = Readonly<Record<string, string>>;

function fromSession(): HeldValues {
  try {
    const held: unknown = JSON.parse(sessionStorage.getItem(SESSION_KEY) ?? '{}');
    if (typeof held !== 'object' || held === null) return {};
    return Object.fromEntries(
      Object.entries(held).filter((pair): pair is [string, string] => typeof pair[1] === 'string'),
    );
  } catch {
    return {};
  }
}

export const useSafeUpToStore = create<{ byShow: HeldValues }>()(() => ({ byShow: fromSession() }));

function heldValuesChanged(byShow: HeldValues): void {
  useSafeUpToStore.setState({ byShow });
  try {
    sessionStorage.setItem(SESSION_KEY, JSON.stringify(byShow));
  } catch {
    // Without session storage the value is held in memory, for this page only.
  }
}

function safeUpToHeld(showId: string, value: string): void {
  const { byShow } = useSafeUpToStore.getState();
  if (ownEntry(byShow, showId) !== value) heldValuesChanged({ ...byShow, [showId]: value });
}

export function safeUpToLifted(showId: string): void {
  const { [showId]: _lifted, ...rest } = useSafeUpToStore.getState().byShow;
  heldValuesChanged(rest);
}

export function safeUpToReset(): void {
  heldValuesChanged({});
}

/**
 * Holds the address's value for the session. Called once per page (by the layout, where the
 * notice goes), not by every reader: a reader mounting between "Lift the limit" and the address
 * losing it would hold it again.
 */
export function useSafeUpToFromAddressHeld(showId: string): void {
  const [params] = useSearchParams();
  const fromAddress = params.get(SAFE_UP_TO_PARAM);
  useEffect(() => {
    if (fromAddress !== null) safeUpToHeld(showId, fromAddress);
  }, [showId, fromAddress]);
}

/**
 * The value that holds a show back: the address's own first, so that the page a link opens is
 * held from its first render, then the one held for the session.
 */
export function useSafeUpTo(showId: string): string | undefined {
  const [params] = useSearchParams();
  const held = useSafeUpToStore((state) => ownEntry(state.byShow, showId));
  return params.get(SAFE_UP_TO_PARAM) ?? held;
}

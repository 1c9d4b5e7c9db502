import { isOpenAt, type Gate } from '../gate';
import { entriesGate, type ShowState } from '../show-state';
import { firstRecapOf } from '../show-summary';

/**
 * What the library tile links to, "Catch up before S1E5": the next episode, when the story so far
 * (story-page.ts) has a chapter to catch up on, that is when a recap of an episode up to the
 * horizon has opened. Null while anything loads or cannot be read. Apart from the story, so the
 * library neither builds every show's story nor ships the story page's code.
 */
export function catchUpLink(state: ShowState): { readonly code: string } | null {
  if (state.entries.status !== 'ready' || state.record.status !== 'ready') return null;
  return catchUpLinkAt(
    entriesGate(state),
    firstRecapOf(state.record.record.episodes, state.entries.entries),
  );
}

/**
 * The same link from the show's summary: the recap that opens first is open exactly when any is,
 * since a recap opens once its episode is at or before the horizon (and the "safe up to" value).
 */
export function catchUpLinkAt(
  gate: Gate,
  firstRecap: string | null,
): { readonly code: string } | null {
  if (gate.status !== 'ready' || firstRecap === null) return null;
  const next = gate.order.codes[gate.horizon + 1];
  if (next === undefined) return null;
  return isOpenAt(gate, firstRecap) ? { code: next } : null;
}

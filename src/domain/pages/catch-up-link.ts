import { isOpenAt } from '../gate';
import { entriesGate, type ShowState } from '../show-state';

/**
 * What the library tile links to, "Catch up before S1E5": the next episode, when the story so far
 * (story-page.ts) has a chapter to catch up on, that is when a recap of an episode up to the
 * horizon has opened. Null while anything loads or cannot be read. Apart from the story, so the
 * library neither builds every show's story nor ships the story page's code.
 */
export function catchUpLink(state: ShowState): { readonly code: string } | null {
  const gate = entriesGate(state);
  if (gate.status !== 'ready' || state.entries.status !== 'ready') return null;
  const next = gate.order.codes[gate.horizon + 1];
  if (next === undefined) return null;
  const opened = state.entries.entries.some(
    (entry) => entry.kind === 'recap' && entry.spoils !== null && isOpenAt(gate, entry.spoils),
  );
  return opened ? { code: next } : null;
}

import { isolated } from '../isolated';
import { safeUpToPosition } from '../safe-up-to';
import { showGate, type ShowState } from '../show-state';

/** What a page says while a shared link's cap applies, and what its Share control offers. */
export interface SafeLinkView {
  /** Null when no cap applies or the show has not loaded. */
  readonly notice:
    | { readonly status: 'capped'; readonly code: string }
    /** The value as given, marked with isolated(): a sentence of the app's own names it. */
    | { readonly status: 'unknown'; readonly value: string }
    | null;
  /** Codes the sender may offer as "safe up to": their watched ones, through their horizon. */
  readonly shareCodes: readonly string[];
}

export function safeLinkView(state: ShowState): SafeLinkView {
  const gate = showGate(state);
  const { safeUpTo } = state;
  if (gate.status !== 'ready') return { notice: null, shareCodes: [] };
  const shareCodes = gate.order.codes.slice(0, gate.horizon + 1);
  if (safeUpTo === undefined) return { notice: null, shareCodes };
  const position = safeUpToPosition(gate.order, safeUpTo);
  const code = gate.order.codes[position];
  return {
    notice:
      code === undefined
        ? { status: 'unknown', value: isolated(safeUpTo) }
        : { status: 'capped', code },
    shareCodes,
  };
}

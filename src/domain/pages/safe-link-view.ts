import { canonicalEpisodeCode } from '../episode-code';
import { isolated } from '../isolated';
import { safeUpToPosition } from '../safe-up-to';
import { showGate, type ShowState } from '../show-state';

/** What a page says while a shared link's cap applies, and what its Share control offers. */
export interface SafeLinkView {
  /** Null when no cap applies or the show has not loaded. */
  readonly notice:
    | { readonly status: 'capped'; readonly code: string }
    /** An episode code the show does not list, marked with isolated(): a sentence names it. */
    | { readonly status: 'unknown'; readonly value: string }
    /** Anything else: a link can carry any sentence, so the notice never repeats it. */
    | { readonly status: 'not-a-code' }
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
    notice: code === undefined ? notListed(safeUpTo) : { status: 'capped', code },
    shareCodes,
  };
}

function notListed(safeUpTo: string): NonNullable<SafeLinkView['notice']> {
  const code = canonicalEpisodeCode(safeUpTo);
  return code === null ? { status: 'not-a-code' } : { status: 'unknown', value: isolated(code) };
}

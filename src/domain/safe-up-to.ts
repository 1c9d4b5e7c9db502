import { canonicalEpisodeCode } from './episode-code';
import { NO_HORIZON, type CodeOrder } from './episode-order';
import type { Gate } from './gate';

/**
 * A shared link's "safe up to" code (`?safe=S1E4`): the sender's word that the recipient may see
 * up to that episode. It only ever covers more than the recipient's own gate would: nothing after
 * it is shown, whatever they watched, revealed or peeked. A value that is no episode of the show
 * fails closed: everything tied to an episode is covered.
 */

/** The position the value lets things be shown up to; before the first episode when unknown. */
export function safeUpToPosition(order: CodeOrder, value: string): number {
  const code = canonicalEpisodeCode(value);
  return (code === null ? undefined : order.positionOf.get(code)) ?? NO_HORIZON;
}

/** The gate held to a "safe up to" position: a lower horizon, and nothing later shown at all. */
function cappedGate(gate: Gate, safeUpTo: number): Gate {
  if (gate.status !== 'ready') return gate;
  const cap = Math.min(safeUpTo, gate.safeUpTo ?? safeUpTo);
  return { ...gate, horizon: Math.min(gate.horizon, cap), safeUpTo: cap };
}

/** The gate under a shared link's "safe up to" value, if one came with the address. */
export function gateSafeUpTo(gate: Gate, value: string | undefined): Gate {
  if (value === undefined || gate.status !== 'ready') return gate;
  return cappedGate(gate, safeUpToPosition(gate.order, value));
}

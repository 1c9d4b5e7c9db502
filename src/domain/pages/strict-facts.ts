import { isStrict, type Gate } from '../gate';
import type { CoveredItem } from '../page-items';
import { STRICT_COVERED_LABEL, type UnmetFactsPlaceholder } from './episode-items';

/**
 * Strict mode shows a character's covered facts as one placeholder, with no count and no kind: a
 * placeholder each would count the facts still to come. It stands for those that open soonest, so
 * its Reveal, which names one episode, reveals only what opens there; the next soonest then take
 * its place. Outside strict mode the facts stay as they are.
 */
export function factsInStrictMode<Shown extends { readonly state: 'visible' }>(
  gate: Gate,
  facts: readonly (Shown | CoveredItem)[],
): (Shown | CoveredItem | UnmetFactsPlaceholder)[] {
  const covered = facts.filter((fact): fact is CoveredItem => fact.state === 'covered');
  if (gate.status !== 'ready' || !isStrict(gate) || covered.length === 0) return [...facts];
  const position = (code: string | null) =>
    (code === null ? undefined : gate.order.positionOf.get(code)) ?? Infinity;
  const soonest = covered.reduce((a, b) =>
    position(b.opensAfter) < position(a.opensAfter) ? b : a,
  ).opensAfter;
  return [
    ...facts.filter((fact): fact is Shown => fact.state !== 'covered'),
    {
      state: 'covered-group',
      kindLabel: STRICT_COVERED_LABEL,
      opensAfter: soonest,
      revealKeys: covered
        .filter((fact) => fact.opensAfter === soonest)
        .map((fact) => fact.revealKey),
    },
  ];
}

import { isStrict, type Gate } from '../gate';
import type { CoveredItem, PeekedItem, ShownItem } from '../page-items';
import { coveredGroup, STRICT_COVERED_LABEL, type UnmetFactsPlaceholder } from './episode-items';

/**
 * Strict mode shows a character's covered facts as one placeholder, with no count and no kind: a
 * placeholder each would count the facts still to come. It stands for those that open soonest, so
 * its Reveal, which names one episode, reveals only what opens there; the next soonest then take
 * its place. Facts shown for a peek stay in it. Outside strict mode the facts stay as they are.
 */
export function factsInStrictMode<Shown extends ShownItem>(
  gate: Gate,
  facts: readonly (Shown | CoveredItem)[],
): (Shown | CoveredItem | UnmetFactsPlaceholder<Shown & PeekedItem>)[] {
  const isPeekedFact = (fact: Shown | CoveredItem): fact is Shown & PeekedItem =>
    fact.state === 'visible' && fact.peekKey !== undefined;
  const covered = facts.filter((fact) => fact.state === 'covered' || isPeekedFact(fact));
  if (gate.status !== 'ready' || !isStrict(gate) || covered.length === 0) return [...facts];
  const opensAfter = (fact: (typeof covered)[number]) =>
    fact.state === 'covered' ? fact.opensAfter : fact.episodeCode;
  const position = (code: string | null) =>
    (code === null ? undefined : gate.order.positionOf.get(code)) ?? Infinity;
  const soonest = covered.map(opensAfter).reduce((a, b) => (position(b) < position(a) ? b : a));
  return [
    ...facts.filter((fact): fact is Shown => fact.state !== 'covered' && !isPeekedFact(fact)),
    coveredGroup(
      STRICT_COVERED_LABEL,
      soonest,
      covered.filter((fact) => opensAfter(fact) === soonest),
    ),
  ];
}

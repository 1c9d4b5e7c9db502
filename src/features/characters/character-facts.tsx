import { useCallback, useState } from 'react';
import type { CoveredItem } from '../../domain/page-items';
import type { CodexFact, OpenedFact } from '../../domain/pages/character-facts';
import { itemHiddenAgain, itemRevealed } from '../../stores/reveals-store';
import { useFocusWhen } from '../news/use-focus-when';
import { HideAgain } from '../shared/hide-again';
import { Markdown } from '../shared/markdown';
import { Placeholder } from '../shared/placeholder';

/** A fact that moved when used: revealed, it joins the opened ones; hidden again, the covered. */
interface Arrival {
  readonly key: string;
  readonly as: 'opened' | 'covered';
}

/**
 * A character's facts, opened ones first, each marked with when it opened, then covered ones as
 * placeholders. Focus follows a fact that moves when it is revealed or hidden again.
 */
export function CharacterFacts({
  showId,
  facts,
  headingLevel,
}: {
  showId: string;
  facts: readonly CodexFact[];
  headingLevel: 3 | 4;
}) {
  const [arrival, setArrival] = useState<Arrival | null>(null);
  const arrived = useCallback(() => setArrival(null), []);
  const arrivesAt = (as: Arrival['as'], key: string | null) =>
    arrival !== null && arrival.as === as && arrival.key === key;
  return (
    <ul className="entry-list">
      {facts.map((fact, position) =>
        // Keyed by position, as every gated list is: no id reaches the page.
        fact.state === 'visible' ? (
          <OpenedFactItem
            key={position}
            fact={fact}
            headingLevel={headingLevel}
            focusNow={arrivesAt('opened', fact.hideKey)}
            onFocused={arrived}
            onHideAgain={(hideKey) => {
              setArrival({ key: hideKey, as: 'covered' });
              void itemHiddenAgain(showId, hideKey);
            }}
          />
        ) : (
          <CoveredFactItem
            key={position}
            fact={fact}
            focusNow={arrivesAt('covered', fact.revealKey)}
            onFocused={arrived}
            onReveal={() => {
              setArrival({ key: fact.revealKey, as: 'opened' });
              void itemRevealed(showId, fact.revealKey);
            }}
          />
        ),
      )}
    </ul>
  );
}

function OpenedFactItem({
  fact,
  headingLevel,
  focusNow,
  onFocused,
  onHideAgain,
}: {
  fact: OpenedFact;
  headingLevel: 3 | 4;
  focusNow: boolean;
  onFocused: () => void;
  onHideAgain: (hideKey: string) => void;
}) {
  const ref = useFocusWhen<HTMLLIElement>(focusNow, onFocused);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const { hideKey } = fact;
  return (
    <li ref={ref} className="entry-item" tabIndex={-1}>
      <article className="entry entry-fact">
        <p className="entry-kind">{fact.asOf}</p>
        {fact.title ? <Heading className="entry-title">{fact.title}</Heading> : null}
        <Markdown source={fact.body} />
      </article>
      {hideKey !== null ? <HideAgain onHide={() => onHideAgain(hideKey)} /> : null}
    </li>
  );
}

function CoveredFactItem({
  fact,
  focusNow,
  onFocused,
  onReveal,
}: {
  fact: CoveredItem;
  focusNow: boolean;
  onFocused: () => void;
  onReveal: () => void;
}) {
  const revealButtonRef = useFocusWhen<HTMLButtonElement>(focusNow, onFocused);
  return (
    <li className="entry-item">
      <Placeholder
        label={fact.kindLabel}
        opensAfter={fact.opensAfter}
        onReveal={onReveal}
        revealButtonRef={revealButtonRef}
      />
    </li>
  );
}

import { useCallback, useState } from 'react';
import type { CoveredItem, PeekedItem } from '../../domain/page-items';
import type { CodexFact, OpenedFact } from '../../domain/pages/character-facts';
import {
  revealKeysOf,
  shownInPlace,
  type UnmetFactsPlaceholder,
} from '../../domain/pages/episode-items';
import { itemHiddenAgain, itemsRevealed } from '../../stores/reveal-actions';
import { usePeekSeconds } from '../../stores/settings-store';
import { GatedListItem } from '../shared/gated-list-item';
import { HideAgain } from '../shared/hide-again';
import { Markdown } from '../shared/markdown';
import { peekOf } from '../shared/peek-of';
import { useFocusWhen } from '../shared/use-focus-when';

/** A fact that moved when used: revealed, it joins the opened ones; hidden again, the covered. */
interface Arrival {
  readonly key: string;
  readonly as: 'opened' | 'covered';
}

/**
 * A character's facts, opened ones first, each marked with when it opened, then covered ones as
 * placeholders (in strict mode, one). Focus follows a fact that moves when it is revealed or
 * hidden again; a peek shows a fact in its placeholder's place.
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
        fact.state === 'visible' && fact.peekKey === undefined ? (
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
            showId={showId}
            fact={fact}
            headingLevel={headingLevel}
            focusNow={revealKeysOf(fact).some((key) => arrivesAt('covered', key))}
            onFocused={arrived}
            onReveal={(revealKeys) => {
              setArrival({ key: revealKeys[0] ?? '', as: 'opened' });
              void itemsRevealed(showId, revealKeys);
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
  const { hideKey } = fact;
  return (
    <li ref={ref} className="entry-item" tabIndex={-1}>
      <FactArticle fact={fact} headingLevel={headingLevel} />
      {hideKey !== null ? <HideAgain onHide={() => onHideAgain(hideKey)} /> : null}
    </li>
  );
}

function FactArticle({ fact, headingLevel }: { fact: OpenedFact; headingLevel: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <article className="entry entry-fact">
      <p className="entry-kind">{fact.asOf}</p>
      {fact.title ? <Heading className="entry-title">{fact.title}</Heading> : null}
      <Markdown source={fact.body} />
    </article>
  );
}

/** A covered fact's placeholder, or the fact itself in its place while the user peeks at it. */
function CoveredFactItem({
  showId,
  fact,
  headingLevel,
  focusNow,
  onFocused,
  onReveal,
}: {
  showId: string;
  fact: CoveredItem | UnmetFactsPlaceholder<OpenedFact & PeekedItem> | OpenedFact;
  headingLevel: 3 | 4;
  focusNow: boolean;
  onFocused: () => void;
  onReveal: (revealKeys: readonly string[]) => void;
}) {
  const revealButtonRef = useFocusWhen<HTMLButtonElement>(focusNow, onFocused);
  const peekSeconds = usePeekSeconds();
  const shown = shownInPlace(fact);
  return (
    <GatedListItem
      covered={shown.length > 0 || fact.state === 'visible' ? null : fact}
      onReveal={() => onReveal(revealKeysOf(fact))}
      revealButtonRef={revealButtonRef}
      peek={peekOf(showId, fact, peekSeconds)}
    >
      {shown.map((shownFact, at) => (
        <FactArticle key={at} fact={shownFact} headingLevel={headingLevel} />
      ))}
    </GatedListItem>
  );
}

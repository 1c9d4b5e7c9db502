import type { RefObject } from 'react';
import type { PeekedEpisodeDetails } from '../../domain/pages/episode-rows';
import { itemPeeked } from '../../stores/peek-actions';
import { itemRevealed } from '../../stores/reveal-actions';
import { usePeekSeconds } from '../../stores/settings-store';
import { PeekCountdown } from './peek-countdown';
import { Placeholder } from './placeholder';
import { useFocusAfterChange } from './use-focus-after-change';
import { useFocusAfterPeek } from './use-focus-after-peek';

/**
 * The placeholder for an episode's hidden title and synopsis, revealed together; while the user
 * peeks at them, they show here and nowhere else, under the countdown.
 */
export function CoveredEpisodeDetails({
  showId,
  code,
  label,
  revealKey,
  peeked,
  onRevealed,
  revealButtonRef,
}: {
  showId: string;
  code: string;
  /** The row view's coveredDetails: "Title and synopsis", "Synopsis". */
  label: string;
  /** Tied to the title and synopsis the show holds now. */
  revealKey: string;
  peeked: PeekedEpisodeDetails | null;
  onRevealed?: () => void;
  revealButtonRef?: RefObject<HTMLButtonElement | null>;
}) {
  const peekSeconds = usePeekSeconds();
  const { ref, expectChange } = useFocusAfterChange<HTMLDivElement>(peeked !== null);
  const peekButtonRef = useFocusAfterPeek(peeked !== null, ref);
  return (
    <div ref={ref} className={peeked ? 'peeking' : undefined} tabIndex={-1}>
      {peeked ? (
        <>
          <PeekCountdown showId={showId} peekKeys={[peeked.peekKey]} />
          {peeked.title !== null ? (
            <p>
              <strong>{peeked.title}</strong>
            </p>
          ) : null}
          {peeked.synopsis !== null ? <p className="synopsis">{peeked.synopsis}</p> : null}
        </>
      ) : (
        <Placeholder
          label={label}
          opensAfter={code}
          onReveal={() => {
            onRevealed?.();
            void itemRevealed(showId, revealKey);
          }}
          revealButtonRef={revealButtonRef}
          onPeek={() => {
            expectChange();
            itemPeeked(showId, revealKey, peekSeconds);
          }}
          peekButtonRef={peekButtonRef}
        />
      )}
    </div>
  );
}

import { useId, useMemo, useRef, useState } from 'react';
import type { Episode } from '../../domain/pack';
import type { EntriesState } from '../../stores/library-store';
import {
  allHiddenAgain,
  itemHiddenAgain,
  itemsHiddenAgain,
  useRevealed,
} from '../../stores/reveals-store';
import { useShowNotes } from '../../stores/use-show-notes';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { EntriesProblem } from '../shared/entries-problem';
import { LoadingState } from '../shared/loading-state';
import { useFocusAfterChange } from '../shared/use-focus-after-change';
import { CHANGED, revealDescriber } from './describe-reveal';

/** What the user revealed ahead of their progress on this show, each with a way to hide it again. */
export function RevealedSection({
  showId,
  episodes,
  entriesState,
}: {
  showId: string;
  episodes: readonly Episode[];
  entriesState: EntriesState;
}) {
  const revealed = useRevealed(showId);
  const [confirming, setConfirming] = useState(false);
  const hideAllRef = useRef<HTMLButtonElement>(null);
  // Hiding removes the control that was used; focus goes to the heading rather than the page top.
  const { ref: headingRef, expectChange } = useFocusAfterChange<HTMLHeadingElement>(revealed);
  const notesState = useShowNotes(showId);
  const { listed, changed } = useMemo(() => {
    const describe = revealDescriber(
      revealed,
      episodes,
      entriesState.status === 'ready' ? entriesState.entries : [],
      notesState.status === 'ready' ? notesState.notes : [],
    );
    const described = [...revealed].map((revealKey) => ({ revealKey, label: describe(revealKey) }));
    return {
      listed: described.filter(({ label }) => label !== CHANGED),
      changed: described.filter(({ label }) => label === CHANGED).map(({ revealKey }) => revealKey),
    };
  }, [revealed, episodes, entriesState, notesState]);
  return (
    <section className="panel" aria-labelledby="revealed-heading">
      <h2 id="revealed-heading" ref={headingRef} tabIndex={-1}>
        Revealed early
      </h2>
      {entriesState.status === 'unreadable' ? <EntriesProblem /> : null}
      {entriesState.status === 'loading' ? (
        <LoadingState>Loading what you revealed…</LoadingState>
      ) : revealed.size === 0 ? (
        <p>You have not revealed anything ahead of your progress.</p>
      ) : (
        <>
          {listed.length > 0 ? (
            <ul className="revealed-list">
              {listed.map(({ revealKey, label }) => (
                <RevealedItem
                  key={revealKey}
                  label={label}
                  onHide={() => {
                    expectChange();
                    void itemHiddenAgain(showId, revealKey);
                  }}
                />
              ))}
            </ul>
          ) : null}
          {changed.length > 0 ? (
            <ChangedReveals
              count={changed.length}
              onClear={() => {
                expectChange();
                void itemsHiddenAgain(showId, changed);
              }}
            />
          ) : null}
          <button ref={hideAllRef} type="button" onClick={() => setConfirming(true)}>
            Hide all
          </button>
          {confirming ? (
            <ConfirmDialog
              question="Hide everything you revealed early?"
              details={<p>Each item goes back behind its placeholder until you reach it.</p>}
              confirmLabel="Hide all"
              onConfirm={() => {
                setConfirming(false);
                expectChange();
                void allHiddenAgain(showId);
              }}
              onCancel={() => setConfirming(false)}
              returnFocusTo={hideAllRef}
            />
          ) : null}
        </>
      )}
    </section>
  );
}

function RevealedItem({ label, onHide }: { label: string; onHide: () => void }) {
  const labelId = useId();
  return (
    <li className="revealed-item">
      <span id={labelId}>{label}</span>
      <button type="button" className="button-quiet" aria-describedby={labelId} onClick={onHide}>
        Hide again
      </button>
    </li>
  );
}

/** Reveals whose item holds other content now: counted, never named, and cleared together. */
function ChangedReveals({ count, onClear }: { count: number; onClear: () => void }) {
  const describedId = useId();
  return (
    <p className="revealed-changed">
      <span id={describedId}>
        {count === 1
          ? '1 revealed item changed since you revealed it, so it is covered again.'
          : `${count} revealed items changed since you revealed them, so they are covered again.`}
      </span>{' '}
      <button
        type="button"
        className="button-quiet"
        aria-describedby={describedId}
        onClick={onClear}
      >
        {count === 1 ? 'Clear it' : 'Clear them'}
      </button>
    </p>
  );
}

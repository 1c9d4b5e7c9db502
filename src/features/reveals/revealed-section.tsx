import { useId, useRef, useState } from 'react';
import type { RevealedList } from '../../domain/pages/revealed-list';
import { allHiddenAgain, itemHiddenAgain, itemsHiddenAgain } from '../../stores/reveal-actions';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { EntriesProblem } from '../shared/entries-problem';
import { LoadingState } from '../shared/loading-state';
import { useFocusAfterChange } from '../shared/use-focus-after-change';
import './reveals.css';

/** What the user revealed ahead of their progress on this show, each with a way to hide it again. */
export function RevealedSection({ showId, list }: { showId: string; list: RevealedList }) {
  const [confirming, setConfirming] = useState(false);
  const hideAllRef = useRef<HTMLButtonElement>(null);
  // Hiding removes the control that was used; focus goes to the heading rather than the page top.
  const { ref: headingRef, expectChange } = useFocusAfterChange<HTMLHeadingElement>(list);
  return (
    <section className="panel" aria-labelledby="revealed-heading">
      <h2 id="revealed-heading" ref={headingRef} tabIndex={-1}>
        Revealed early
      </h2>
      {list.status === 'loading' ? (
        <LoadingState>Loading what you revealed…</LoadingState>
      ) : (
        <>
          {list.entriesProblem ? <EntriesProblem /> : null}
          {list.items.length === 0 && list.changedKeys.length === 0 ? (
            <p>You have not revealed anything ahead of your progress.</p>
          ) : (
            <>
              {list.items.length > 0 ? (
                <ul className="revealed-list">
                  {list.items.map(({ hideKey, label }) => (
                    <RevealedItem
                      key={hideKey}
                      label={label}
                      onHide={() => {
                        expectChange();
                        void itemHiddenAgain(showId, hideKey);
                      }}
                    />
                  ))}
                </ul>
              ) : null}
              {list.changedKeys.length > 0 ? (
                <ChangedReveals
                  count={list.changedKeys.length}
                  onClear={() => {
                    expectChange();
                    void itemsHiddenAgain(showId, list.changedKeys);
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

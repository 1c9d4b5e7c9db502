import { useId, useRef, useState } from 'react';
import { useLibraryLoaded, useShowSummaries } from '../../stores/library-store';
import { progressReset } from '../../stores/progress-marks';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { IsolatedText } from '../shared/isolated-text';
import { LoadingState } from '../shared/loading-state';
import { isolated } from '../../domain/isolated';

export function ResetProgress() {
  const loaded = useLibraryLoaded();
  const shows = Object.values(useShowSummaries()).sort((a, b) =>
    a.show.title.localeCompare(b.show.title),
  );
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const selectId = useId();
  const chosen = shows.find((stored) => stored.show.id === chosenId) ?? shows[0];
  return (
    <section className="panel" aria-labelledby="reset-heading">
      <h2 id="reset-heading">Reset progress</h2>
      {!loaded ? (
        <LoadingState>Loading your shows…</LoadingState>
      ) : !chosen ? (
        <p>There are no shows to reset.</p>
      ) : (
        <>
          <p>Marks every episode of a show unwatched. What you revealed early stays revealed.</p>
          <div className="field-row">
            <label htmlFor={selectId}>Show</label>
            <select
              id={selectId}
              value={chosen.show.id}
              onChange={(event) => {
                setChosenId(event.currentTarget.value);
                setDone(null);
              }}
            >
              {shows.map((stored) => (
                <option key={stored.show.id} value={stored.show.id}>
                  {stored.show.title}
                </option>
              ))}
            </select>
            <button
              ref={triggerRef}
              type="button"
              className="button-danger"
              onClick={() => setConfirming(true)}
            >
              Reset progress
            </button>
          </div>
          <p role="status" className="status">
            {done ? <IsolatedText text={done} /> : null}
          </p>
          {confirming ? (
            <ConfirmDialog
              question={`Reset your progress on ${isolated(chosen.show.title)}?`}
              details={
                <p>Every episode of it will be marked unwatched. You can undo this right after.</p>
              }
              confirmLabel="Reset progress"
              onConfirm={() => {
                setConfirming(false);
                const title = chosen.show.title;
                void progressReset(chosen.show.id, title).then((saved) =>
                  setDone(
                    saved
                      ? `Your progress on ${isolated(title)} was reset.`
                      : `Your progress on ${isolated(title)} was reset on screen but could not be saved; see the message above.`,
                  ),
                );
              }}
              onCancel={() => setConfirming(false)}
              returnFocusTo={triggerRef}
            />
          ) : null}
        </>
      )}
    </section>
  );
}

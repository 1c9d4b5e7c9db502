import { useRef } from 'react';
import { IsolatedText } from '../features/shared/isolated-text';
import { undoDismissed, undoTaken, useUndoOffer } from '../stores/notices-store';

/**
 * The latest mark, bulk mark or reset, with its Undo. It stays until the user dismisses it or does
 * something else that can be undone: no timer, so nobody has to be quick. It sticks to the top of
 * the window, so it is in view wherever the mark was made.
 */
export function UndoNotice() {
  const offer = useUndoOffer();
  const dismiss = useRef<HTMLButtonElement>(null);
  if (!offer) return null;
  const done = offer.state === 'undone';
  const action = <IsolatedText text={offer.action} />;
  return (
    <div className="undo-notice">
      <p role="status">{done ? <>Undone: {action}.</> : <>You {action}.</>}</p>
      <div className="undo-actions">
        {done ? null : (
          <button
            type="button"
            className="button-primary"
            onClick={() => {
              // The Undo button goes away; focus stays in the notice rather than falling to the page.
              dismiss.current?.focus();
              undoTaken(offer.id);
            }}
          >
            {/* Named by the hidden run alone: Chromium puts a space after a visible "Undo". */}
            <span aria-hidden="true">Undo</span>
            <span className="visually-hidden">Undo: {action}</span>
          </button>
        )}
        <button ref={dismiss} type="button" onClick={() => undoDismissed(offer.id)}>
          Dismiss <span className="visually-hidden">message: {action}</span>
        </button>
      </div>
    </div>
  );
}

import {
  useEffect,
  useId,
  useRef,
  type KeyboardEvent,
  type ReactNode,
  type RefObject,
} from 'react';
import { createPortal } from 'react-dom';
import { IsolatedText } from './isolated-text';
import './confirm-dialog.css';

interface ConfirmDialogProps {
  /** The question, which also names the dialog; text in it marked by `isolated()` is set apart. */
  question: string;
  details?: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes back to when the dialog closes, if that control is still on the page. */
  returnFocusTo: RefObject<HTMLElement | null>;
}

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select, textarea';

/**
 * A modal confirmation. The rest of the page is made inert while it is open, focus starts on
 * Cancel (the safe choice), Tab stays inside, and Escape cancels.
 */
export function ConfirmDialog({
  question,
  details,
  confirmLabel,
  onConfirm,
  onCancel,
  returnFocusTo,
}: ConfirmDialogProps) {
  const questionId = useId();
  const detailsId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    const trigger = returnFocusTo.current;
    const madeInert = [...document.body.children].filter(
      (element) => !element.contains(dialog) && !element.hasAttribute('inert'),
    );
    madeInert.forEach((element) => element.setAttribute('inert', ''));
    cancelRef.current?.focus();
    return () => {
      madeInert.forEach((element) => element.removeAttribute('inert'));
      if (trigger?.isConnected) trigger.focus();
    };
  }, [returnFocusTo]);

  function keptInside(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  return createPortal(
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={questionId}
        aria-describedby={details ? detailsId : undefined}
        onKeyDown={keptInside}
      >
        <h2 id={questionId} className="dialog-question">
          <IsolatedText text={question} />
        </h2>
        {details ? (
          <div id={detailsId} className="dialog-details">
            {details}
          </div>
        ) : null}
        <div className="dialog-actions">
          <button ref={cancelRef} type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button-primary" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}

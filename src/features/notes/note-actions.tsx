import { useRef, useState, type ReactNode, type RefObject } from 'react';
import { ConfirmDialog } from '../shared/confirm-dialog';

/**
 * Edit and Delete for one of the user's notes; Delete asks first. `named` tells the buttons apart
 * for screen readers, and `question` is what the dialog asks: neither may quote a covered note.
 */
export function NoteActions({
  named,
  question,
  editRef,
  onEdit,
  onDelete,
}: {
  named: ReactNode;
  question: string;
  editRef: RefObject<HTMLButtonElement | null>;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const deleteRef = useRef<HTMLButtonElement>(null);
  return (
    <>
      <div className="note-actions">
        <button ref={editRef} type="button" className="button-quiet" onClick={onEdit}>
          Edit{named}
        </button>
        <button
          ref={deleteRef}
          type="button"
          className="button-quiet"
          onClick={() => setConfirmingDelete(true)}
        >
          Delete{named}
        </button>
      </div>
      {confirmingDelete ? (
        <ConfirmDialog
          question={question}
          details={<p>This cannot be undone. A backup or exported pack you saved keeps a copy.</p>}
          confirmLabel="Delete"
          onConfirm={() => {
            setConfirmingDelete(false);
            onDelete();
          }}
          onCancel={() => setConfirmingDelete(false)}
          returnFocusTo={deleteRef}
        />
      ) : null}
    </>
  );
}

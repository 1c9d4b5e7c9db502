import { useId } from 'react';

/** Beside an item shown only because it was revealed early: puts it back behind its placeholder. */
export function HideAgain({ onHide }: { onHide: () => void }) {
  const describedId = useId();
  return (
    <p className="revealed-early">
      <span id={describedId}>Revealed early.</span>{' '}
      <button
        type="button"
        className="button-quiet"
        aria-describedby={describedId}
        onClick={onHide}
      >
        Hide again
      </button>
    </p>
  );
}

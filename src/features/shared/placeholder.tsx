import { useId, useRef, useState, type RefObject } from 'react';
import { ConfirmDialog } from './confirm-dialog';

interface PlaceholderProps {
  /** What kind of thing is covered: "Recap", "Synopsis"; never anything of the thing itself. */
  label: string;
  opensAfter: string | null;
  onReveal: () => void;
  /** For focusing the Reveal button from outside: after the item was hidden again. */
  revealButtonRef?: RefObject<HTMLButtonElement | null> | undefined;
}

/** Stands where a covered item would be, with a Reveal control that asks once, naming only the code. */
export function Placeholder({ label, opensAfter, onReveal, revealButtonRef }: PlaceholderProps) {
  const [confirming, setConfirming] = useState(false);
  const ownTriggerRef = useRef<HTMLButtonElement>(null);
  const triggerRef = revealButtonRef ?? ownTriggerRef;
  const describedId = useId();
  const episode = opensAfter ?? 'an episode this show does not list';
  return (
    <div className="placeholder">
      <p id={describedId} className="placeholder-text">
        <span className="placeholder-kind">{label}</span>{' '}
        <span className="placeholder-opens">Opens after {episode}</span>
      </p>
      <button
        ref={triggerRef}
        type="button"
        className="button-quiet"
        aria-describedby={describedId}
        onClick={() => setConfirming(true)}
      >
        Reveal
      </button>
      {confirming ? (
        <ConfirmDialog
          question={`Reveal something from ${episode}?`}
          details={<p>It stays shown until you hide it again.</p>}
          confirmLabel="Reveal"
          onConfirm={() => {
            setConfirming(false);
            onReveal();
          }}
          onCancel={() => setConfirming(false)}
          returnFocusTo={triggerRef}
        />
      ) : null}
    </div>
  );
}

import { useId, useRef, useState, type RefObject } from 'react';
import { useRoomPresent } from '../../stores/room-store';
import { usePeekSeconds } from '../../stores/settings-store';
import { ConfirmDialog } from './confirm-dialog';
import './placeholder.css';
import './peek.css';

interface PlaceholderProps {
  /** What kind of thing is covered: "Recap", "Synopsis"; never anything of the thing itself. */
  label: string;
  opensAfter: string | null;
  onReveal: () => void;
  /** For focusing the Reveal button from outside: after the item was hidden again. */
  revealButtonRef?: RefObject<HTMLButtonElement | null> | undefined;
  /** Offers Peek beside Reveal: shows the item for a few seconds, then covers it again. */
  onPeek?: (() => void) | undefined;
  /** For focusing the Peek button from outside: after a peek ended. */
  peekButtonRef?: RefObject<HTMLButtonElement | null> | undefined;
}

type Asking = 'reveal' | 'peek' | null;

/**
 * Stands where a covered item would be, with a Reveal control (and a Peek one where offered)
 * that asks once, naming only the code.
 */
export function Placeholder({
  label,
  opensAfter,
  onReveal,
  revealButtonRef,
  onPeek,
  peekButtonRef,
}: PlaceholderProps) {
  const [asking, setAsking] = useState<Asking>(null);
  const ownRevealRef = useRef<HTMLButtonElement>(null);
  const ownPeekRef = useRef<HTMLButtonElement>(null);
  const revealRef = revealButtonRef ?? ownRevealRef;
  const peekRef = peekButtonRef ?? ownPeekRef;
  const peekSeconds = usePeekSeconds();
  const together = useRoomPresent().length > 0;
  const describedId = useId();
  const episode = opensAfter ?? 'an episode this show does not list';
  return (
    <div className="placeholder">
      <p id={describedId} className="placeholder-text">
        <span className="placeholder-kind">{label}</span>{' '}
        <span className="placeholder-opens">Opens after {episode}</span>
      </p>
      <span className="placeholder-actions">
        <button
          ref={revealRef}
          type="button"
          className="button-quiet"
          aria-describedby={describedId}
          onClick={() => setAsking('reveal')}
        >
          Reveal
        </button>
        {onPeek ? (
          <button
            ref={peekRef}
            type="button"
            className="button-quiet"
            aria-describedby={describedId}
            onClick={() => setAsking('peek')}
          >
            Peek
          </button>
        ) : null}
      </span>
      {asking !== null ? (
        <ConfirmDialog
          question={`${asking === 'reveal' ? 'Reveal' : 'Peek at'} something from ${episode}?`}
          details={
            <>
              {asking === 'reveal' ? (
                <p>It stays shown until you hide it again.</p>
              ) : (
                <p>
                  It shows for {peekSeconds} {peekSeconds === 1 ? 'second' : 'seconds'}, then is
                  covered again. Nothing of it is remembered.
                </p>
              )}
              {together ? (
                <p>
                  {asking === 'reveal'
                    ? 'You are watching together: it is revealed for everyone present.'
                    : 'You are watching together: everyone present sees it.'}
                </p>
              ) : null}
            </>
          }
          confirmLabel={asking === 'reveal' ? 'Reveal' : 'Peek'}
          onConfirm={() => {
            setAsking(null);
            (asking === 'reveal' ? onReveal : onPeek)?.();
          }}
          onCancel={() => setAsking(null)}
          returnFocusTo={asking === 'reveal' ? revealRef : peekRef}
        />
      ) : null}
    </div>
  );
}

import type { ReactNode, RefObject } from 'react';
import { CoveredPlaceholder, type CoveredLabel } from './covered-placeholder';
import { HideAgain } from './hide-again';
import { PeekCountdown } from './peek-countdown';
import { useFocusAfterChange } from './use-focus-after-change';
import { useFocusAfterPeek } from './use-focus-after-peek';

/** A peek offered on a covered item, or running on a visible one. */
export interface PeekControls {
  readonly showId: string;
  /** For a covered item: starts a peek. */
  readonly onPeek: () => void;
  /** For a visible item shown only for a peek: what the countdown covers again. */
  readonly peekKeys: readonly [string, ...string[]] | undefined;
}

/**
 * A list item that is either visible content or the placeholder of a covered item. After a
 * reveal or a peek, focus moves to the item, since the button that had it is gone; after hiding
 * it again, focus moves to the placeholder's Reveal button, where the Hide again button was, and
 * after a peek ends, to its Peek button.
 */
export function GatedListItem({
  covered,
  onReveal,
  onHideAgain,
  peek,
  revealButtonRef: outerRevealButtonRef,
  coveredLead,
  children,
}: {
  /** The covered view, or null when the item is visible and `children` render it. */
  covered: CoveredLabel | null;
  onReveal: () => void;
  /** For a visible item shown only because it was revealed early. */
  onHideAgain?: (() => void) | undefined;
  peek?: PeekControls | undefined;
  /** For focusing the Reveal button from outside: an item hidden again elsewhere came back here. */
  revealButtonRef?: RefObject<HTMLButtonElement | null>;
  /** Above the placeholder: what a covered item may say besides its kind, such as its show. */
  coveredLead?: ReactNode;
  children?: ReactNode;
}) {
  const { ref, expectChange } = useFocusAfterChange<HTMLLIElement>(covered === null);
  const { ref: revealButtonRef, expectChange: expectHidden } =
    useFocusAfterChange<HTMLButtonElement>(covered === null, outerRevealButtonRef);
  const peekKeys = covered === null ? peek?.peekKeys : undefined;
  const peekButtonRef = useFocusAfterPeek(peekKeys !== undefined, ref);
  return (
    <li
      ref={ref}
      className={peekKeys === undefined ? 'entry-item' : 'entry-item peeking'}
      tabIndex={-1}
    >
      {covered === null ? (
        <>
          {peek && peekKeys !== undefined ? (
            <PeekCountdown showId={peek.showId} peekKeys={peekKeys} />
          ) : null}
          {children}
          {onHideAgain ? (
            <HideAgain
              onHide={() => {
                expectHidden();
                onHideAgain();
              }}
            />
          ) : null}
        </>
      ) : (
        <>
          {coveredLead}
          <CoveredPlaceholder
            covered={covered}
            onReveal={() => {
              expectChange();
              onReveal();
            }}
            revealButtonRef={revealButtonRef}
            onPeek={
              peek
                ? () => {
                    expectChange();
                    peek.onPeek();
                  }
                : undefined
            }
            peekButtonRef={peekButtonRef}
          />
        </>
      )}
    </li>
  );
}

import type { ReactNode } from 'react';
import { CoveredPlaceholder, type CoveredLabel } from './covered-placeholder';
import { HideAgain } from './hide-again';
import { useFocusAfterChange } from './use-focus-after-change';

/**
 * A list item that is either visible content or the placeholder of a covered item. After a
 * reveal, focus moves to the item, since the Reveal button that had it is gone; after hiding it
 * again, focus moves to the placeholder's Reveal button, where the Hide again button was.
 */
export function GatedListItem({
  covered,
  onReveal,
  onHideAgain,
  children,
}: {
  /** The covered view, or null when the item is visible and `children` render it. */
  covered: CoveredLabel | null;
  onReveal: () => void;
  /** For a visible item shown only because it was revealed early. */
  onHideAgain?: (() => void) | undefined;
  children?: ReactNode;
}) {
  const { ref, expectChange } = useFocusAfterChange<HTMLLIElement>(covered === null);
  const { ref: revealButtonRef, expectChange: expectHidden } =
    useFocusAfterChange<HTMLButtonElement>(covered === null);
  return (
    <li ref={ref} className="entry-item" tabIndex={-1}>
      {covered === null ? (
        <>
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
        <CoveredPlaceholder
          covered={covered}
          onReveal={() => {
            expectChange();
            onReveal();
          }}
          revealButtonRef={revealButtonRef}
        />
      )}
    </li>
  );
}

import type { ReactNode } from 'react';
import type { CoveredEntry } from '../../domain/views';
import { CoveredPlaceholder } from './covered-placeholder';
import { useFocusAfterChange } from './use-focus-after-change';

/**
 * A list item that is either visible content or the placeholder of a covered item. After a
 * reveal, focus moves to the item, since the Reveal button that had it is gone.
 */
export function GatedListItem({
  covered,
  onReveal,
  children,
}: {
  /** The covered view, or null when the item is visible and `children` render it. */
  covered: CoveredEntry | null;
  onReveal: () => void;
  children?: ReactNode;
}) {
  const { ref, expectChange } = useFocusAfterChange<HTMLLIElement>(covered === null);
  return (
    <li ref={ref} className="entry-item" tabIndex={-1}>
      {covered === null ? (
        children
      ) : (
        <CoveredPlaceholder
          covered={covered}
          onReveal={() => {
            expectChange();
            onReveal();
          }}
        />
      )}
    </li>
  );
}

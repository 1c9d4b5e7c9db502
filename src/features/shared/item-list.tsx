import type { ItemView } from '../../domain/page-items';
import {
  revealKeysOf,
  shownInPlace,
  type UnmetFactsPlaceholder,
} from '../../domain/pages/episode-items';
import { itemHiddenAgain, itemsRevealed } from '../../stores/reveal-actions';
import { usePeekSeconds } from '../../stores/settings-store';
import { EntryArticle } from './entry-article';
import { GatedListItem } from './gated-list-item';
import { peekOf } from './peek-of';

type ListedItem = ItemView | UnmetFactsPlaceholder;

/** Items of a page view: visible ones in full, covered ones as placeholders. */
export function ItemList({
  showId,
  items,
  headingLevel,
}: {
  showId: string;
  items: readonly ListedItem[];
  headingLevel: 3 | 4;
}) {
  const peekSeconds = usePeekSeconds();
  return (
    <ul className="entry-list">
      {items.map((item, position) => {
        const hideKey = item.state === 'visible' ? item.hideKey : null;
        const shown = shownInPlace(item);
        return (
          // Keyed by position: a key derived from a covered item could surface in dev tools.
          <GatedListItem
            key={position}
            covered={shown.length > 0 || item.state === 'visible' ? null : item}
            onReveal={() => void itemsRevealed(showId, revealKeysOf(item))}
            onHideAgain={hideKey === null ? undefined : () => void itemHiddenAgain(showId, hideKey)}
            peek={peekOf(showId, item, peekSeconds)}
          >
            {shown.map((shownItem, at) => (
              <EntryArticle key={at} showId={showId} item={shownItem} headingLevel={headingLevel} />
            ))}
          </GatedListItem>
        );
      })}
    </ul>
  );
}

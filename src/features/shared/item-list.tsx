import type { ItemView } from '../../domain/page-items';
import type { UnmetFactsPlaceholder } from '../../domain/pages/episode-items';
import { itemPeeked } from '../../stores/peeks-store';
import { itemHiddenAgain, itemsRevealed } from '../../stores/reveals-store';
import { usePeekSeconds } from '../../stores/settings-store';
import { EntryArticle } from './entry-article';
import { GatedListItem, type PeekControls } from './gated-list-item';

type ListedItem = ItemView | UnmetFactsPlaceholder;

function revealKeysOf(item: ListedItem): readonly string[] {
  if (item.state === 'covered') return [item.revealKey];
  return item.state === 'covered-group' ? item.revealKeys : [];
}

/**
 * Peek for one covered item, or the running peek of one shown for it. The placeholder of facts
 * about people not met yet stands for several items, so it offers Reveal alone.
 */
function peekOf(showId: string, item: ListedItem, seconds: number): PeekControls | undefined {
  if (item.state === 'covered-group') return undefined;
  if (item.state === 'visible' && item.peekKey === undefined) return undefined;
  return {
    showId,
    onPeek: () => item.state === 'covered' && itemPeeked(showId, item.revealKey, seconds),
    peekKey: item.state === 'visible' ? item.peekKey : undefined,
  };
}

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
        return (
          // Keyed by position: a key derived from a covered item could surface in dev tools.
          <GatedListItem
            key={position}
            covered={item.state === 'visible' ? null : item}
            onReveal={() => void itemsRevealed(showId, revealKeysOf(item))}
            onHideAgain={hideKey === null ? undefined : () => void itemHiddenAgain(showId, hideKey)}
            peek={peekOf(showId, item, peekSeconds)}
          >
            {item.state === 'visible' ? (
              <EntryArticle showId={showId} item={item} headingLevel={headingLevel} />
            ) : null}
          </GatedListItem>
        );
      })}
    </ul>
  );
}

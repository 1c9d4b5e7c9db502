import type { ItemView } from '../../domain/page-items';
import type { UnmetFactsPlaceholder } from '../../domain/pages/episode-items';
import { itemPeeked } from '../../stores/peeks-store';
import type { PeekControls } from './gated-list-item';

/**
 * Peek for one covered item, or the running peek of one shown for it. The placeholder of facts
 * about people not met yet stands for several items, so it offers Reveal alone.
 */
export function peekOf(
  showId: string,
  item: ItemView | UnmetFactsPlaceholder,
  seconds: number,
): PeekControls | undefined {
  if (item.state === 'covered-group') return undefined;
  if (item.state === 'visible' && item.peekKey === undefined) return undefined;
  return {
    showId,
    onPeek: () => item.state === 'covered' && itemPeeked(showId, item.revealKey, seconds),
    peekKey: item.state === 'visible' ? item.peekKey : undefined,
  };
}

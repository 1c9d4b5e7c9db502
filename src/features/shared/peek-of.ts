import type { CoveredItem, ShownItem } from '../../domain/page-items';
import type { UnmetFactsPlaceholder } from '../../domain/pages/episode-items';
import { itemsPeeked } from '../../stores/peek-actions';
import type { PeekControls } from './gated-list-item';

/**
 * Peek for one covered item or placeholder of several, or the running peek of what shows for it.
 * A placeholder of several peeks at all it stands for, for the same time.
 */
export function peekOf(
  showId: string,
  item:
    | Pick<ShownItem, 'state' | 'peekKey'>
    | Pick<CoveredItem, 'state' | 'revealKey'>
    | UnmetFactsPlaceholder,
  seconds: number,
): PeekControls | undefined {
  if (item.state === 'visible' && item.peekKey === undefined) return undefined;
  const keys =
    item.state === 'covered-group'
      ? item.revealKeys
      : [item.state === 'covered' ? item.revealKey : item.peekKey];
  const [first, ...rest] = keys.filter((key) => key !== undefined);
  if (first === undefined) return undefined;
  const peeking = item.state === 'visible' || (item.state === 'covered-group' && !!item.peeked);
  return {
    showId,
    onPeek: () => item.state !== 'visible' && itemsPeeked(showId, [first, ...rest], seconds),
    peekKeys: peeking ? [first, ...rest] : undefined,
  };
}

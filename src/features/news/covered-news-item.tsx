import type { CoveredNews } from '../../domain/pages/news-page';
import { usePeekSeconds } from '../../stores/settings-store';
import { GatedListItem } from '../shared/gated-list-item';
import { peekOf } from '../shared/peek-of';
import { useFocusWhen } from '../shared/use-focus-when';
import { NewsArticle } from './news-article';

interface CoveredNewsItemProps {
  covered: CoveredNews;
  namesShow: boolean;
  focusNow: boolean;
  onFocused: () => void;
  onReveal: (revealKey: string) => void;
}

/**
 * A covered news item: its kind and the code it opens after, never its date or place by date.
 * A peek shows it here, in the covered group, and covers it again here.
 */
export function CoveredNewsItem({
  covered,
  namesShow,
  focusNow,
  onFocused,
  onReveal,
}: CoveredNewsItemProps) {
  const revealButtonRef = useFocusWhen<HTMLButtonElement>(focusNow, onFocused);
  const peekSeconds = usePeekSeconds();
  const { show, item } = covered;
  return (
    <GatedListItem
      covered={item.state === 'covered' ? item : null}
      onReveal={() => item.state === 'covered' && onReveal(item.revealKey)}
      revealButtonRef={revealButtonRef}
      peek={peekOf(show.id, item, peekSeconds)}
      coveredLead={namesShow ? <p className="news-show">{show.title}</p> : null}
    >
      {item.state === 'visible' ? (
        <NewsArticle show={show} item={item} namesShow={namesShow} headingLevel={3} />
      ) : null}
    </GatedListItem>
  );
}

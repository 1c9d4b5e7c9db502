import type { CoveredNews } from '../../domain/pages/news-page';
import { Placeholder } from '../shared/placeholder';
import { useFocusWhen } from './use-focus-when';

interface CoveredNewsItemProps {
  covered: CoveredNews;
  namesShow: boolean;
  focusNow: boolean;
  onFocused: () => void;
  onReveal: (revealKey: string) => void;
}

/** A covered news item: its kind and the code it opens after, never its date or place by date. */
export function CoveredNewsItem({
  covered,
  namesShow,
  focusNow,
  onFocused,
  onReveal,
}: CoveredNewsItemProps) {
  const revealButtonRef = useFocusWhen<HTMLButtonElement>(focusNow, onFocused);
  const { show, item } = covered;
  return (
    <li className="entry-item">
      {namesShow ? <p className="news-show">{show.title}</p> : null}
      <Placeholder
        label={item.kindLabel}
        opensAfter={item.opensAfter}
        onReveal={() => onReveal(item.revealKey)}
        revealButtonRef={revealButtonRef}
      />
    </li>
  );
}

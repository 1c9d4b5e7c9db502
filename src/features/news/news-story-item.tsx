import type { NewsStory } from '../../domain/pages/news-page';
import { HideAgain } from '../shared/hide-again';
import { useFocusWhen } from '../shared/use-focus-when';
import { NewsArticle } from './news-article';

interface NewsStoryItemProps {
  story: NewsStory;
  /** On the page across shows, each item names its show. */
  namesShow: boolean;
  focusNow: boolean;
  onFocused: () => void;
  onHideAgain: (hideKey: string) => void;
}

export function NewsStoryItem({
  story,
  namesShow,
  focusNow,
  onFocused,
  onHideAgain,
}: NewsStoryItemProps) {
  const ref = useFocusWhen<HTMLLIElement>(focusNow, onFocused);
  const { show, item } = story;
  const { hideKey } = item;
  return (
    <li ref={ref} className="entry-item" tabIndex={-1}>
      <NewsArticle show={show} item={item} namesShow={namesShow} headingLevel={2} />
      {hideKey !== null ? <HideAgain onHide={() => onHideAgain(hideKey)} /> : null}
    </li>
  );
}

import { Link } from 'react-router';
import type { NewsStory } from '../../domain/pages/news-page';
import { HideAgain } from '../shared/hide-again';
import { Markdown } from '../shared/markdown';
import { useFocusWhen } from './use-focus-when';

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
      <article className="entry entry-news">
        <p className="entry-kind">{item.kindLabel}</p>
        {namesShow ? (
          <p className="news-show">
            <Link to={`/shows/${show.id}`}>{show.title}</Link>
          </p>
        ) : null}
        {item.title ? <h2 className="entry-title">{item.title}</h2> : null}
        <Markdown source={item.body} />
        {item.date !== null || item.source !== null ? (
          <p className="entry-meta">
            {item.date !== null ? <time dateTime={item.date}>{item.date}</time> : null}
            {item.date !== null && item.source !== null ? ' · ' : null}
            {/* Plain text, even when it is an address: a source is never a link. */}
            {item.source}
          </p>
        ) : null}
      </article>
      {hideKey !== null ? <HideAgain onHide={() => onHideAgain(hideKey)} /> : null}
    </li>
  );
}

import { Link } from 'react-router';
import type { ShownItem } from '../../domain/page-items';
import type { NewsShow } from '../../domain/pages/news-page';
import { Markdown } from '../shared/markdown';

/** A news item in full: its text, date and source, and its show on the page across shows. */
export function NewsArticle({
  show,
  item,
  namesShow,
  headingLevel,
}: {
  show: NewsShow;
  item: ShownItem;
  namesShow: boolean;
  headingLevel: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className="entry entry-news">
      <p className="entry-kind">{item.kindLabel}</p>
      {namesShow ? (
        <p className="news-show">
          <Link to={`/shows/${show.id}`}>{show.title}</Link>
        </p>
      ) : null}
      {item.title ? <Heading className="entry-title">{item.title}</Heading> : null}
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
  );
}

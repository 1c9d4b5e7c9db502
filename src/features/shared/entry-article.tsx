import { Fragment } from 'react';
import { Link } from 'react-router';
import type { ShownItem } from '../../domain/page-items';
import { characterPath } from './character-paths';
import { Markdown } from './markdown';

interface EntryArticleProps {
  showId: string;
  item: ShownItem;
  headingLevel: 3 | 4;
}

/** A visible item in full; the characters it is about link to their codex pages. */
export function EntryArticle({ showId, item, headingLevel }: EntryArticleProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const meta = [item.date, item.source].filter((part) => part !== null).join(' · ');
  return (
    <article id={item.anchor} className={`entry entry-${item.kind}`} tabIndex={-1}>
      <p className="entry-kind">
        {item.kindLabel}
        {item.characters.length > 0 ? ' · ' : null}
        {item.characters.map((character, index) => (
          <Fragment key={character.id}>
            {index > 0 ? ', ' : null}
            <Link to={characterPath(showId, character.id)}>{character.name}</Link>
          </Fragment>
        ))}
      </p>
      {item.title ? <Heading className="entry-title">{item.title}</Heading> : null}
      <Markdown source={item.body} />
      {meta ? <p className="entry-meta">{meta}</p> : null}
    </article>
  );
}

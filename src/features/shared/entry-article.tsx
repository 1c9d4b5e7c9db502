import { ENTRY_KIND_LABELS, type Entry } from '../../domain/pack';
import { Markdown } from './markdown';

interface EntryArticleProps {
  /** Only ever an entry the gate made visible. */
  entry: Entry;
  headingLevel: 3 | 4;
  /** For a character fact: the name of the character it is about. */
  about?: string | undefined;
}

export function EntryArticle({ entry, headingLevel, about }: EntryArticleProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const meta = [entry.date, entry.source].filter((part) => part !== null).join(' · ');
  return (
    <article className={`entry entry-${entry.kind}`}>
      <p className="entry-kind">
        {ENTRY_KIND_LABELS[entry.kind]}
        {about ? ` · ${about}` : null}
      </p>
      {entry.title ? <Heading className="entry-title">{entry.title}</Heading> : null}
      <Markdown source={entry.body} />
      {meta ? <p className="entry-meta">{meta}</p> : null}
    </article>
  );
}

import { Link } from 'react-router';
import type { ShownItem } from '../../domain/page-items';
import type { StoryChapter } from '../../domain/pages/story-page';
import { Markdown } from '../shared/markdown';

type HeadingLevel = 2 | 3 | 4;

const HEADINGS = { 2: 'h2', 3: 'h3', 4: 'h4' } as const;

/** One episode of the story: its code and shown title, then its recaps. */
export function StoryChapterArticle({
  showId,
  chapter,
  headingLevel,
}: {
  showId: string;
  chapter: StoryChapter;
  headingLevel: 2 | 3;
}) {
  const Heading = HEADINGS[headingLevel];
  return (
    <article className="story-chapter">
      <Heading className="story-chapter-heading">
        <Link to={`/shows/${showId}/episodes/${chapter.code}`}>
          <span className="episode-code">{chapter.code}</span> {chapter.label}
        </Link>
      </Heading>
      <StoryRecaps recaps={chapter.recaps} headingLevel={headingLevel === 2 ? 3 : 4} />
    </article>
  );
}

export function StoryRecaps({
  recaps,
  headingLevel,
}: {
  recaps: readonly ShownItem[];
  headingLevel: HeadingLevel;
}) {
  const Heading = HEADINGS[headingLevel];
  return recaps.map((recap, position) => (
    // Keyed by position, as every list of entries is: no id reaches the page.
    <div key={position} className="story-recap">
      {recap.title ? <Heading className="story-recap-title">{recap.title}</Heading> : null}
      <Markdown source={recap.body} />
    </div>
  ));
}

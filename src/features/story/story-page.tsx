import { useEffect, useRef } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import type { CatchUp, ReadyStory } from '../../domain/pages/story-page';
import { useStoryPage } from '../../stores/page-views/story';
import { EntriesProblem } from '../shared/entries-problem';
import { KnownShow } from '../shared/known-show';
import { LoadingState } from '../shared/loading-state';
import { NotFoundPage } from '../shared/not-found-page';
import { useDocumentTitle } from '../shared/use-page-title';
import { CopyStory } from './copy-story';
import { StoryChapterArticle, StoryRecaps } from './story-chapter';
import './story.css';

export const CATCH_UP_ID = 'previously-on';

export function StoryPage() {
  const { showId = '' } = useParams();
  // KnownShow says why a show cannot be shown (loading, not found, unreadable); the story itself
  // comes from the page view alone.
  return <KnownShow showId={showId}>{() => <StoryContent showId={showId} />}</KnownShow>;
}

function StoryContent({ showId }: { showId: string }) {
  const story = useStoryPage(showId);
  useDocumentTitle(story.documentTitle);
  if (story.status === 'missing') return <NotFoundPage what="show" />;
  return (
    <div className="story-page">
      {story.status === 'ready' ? (
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <Link to={`/shows/${showId}`}>{story.showTitle}</Link>
        </nav>
      ) : null}
      <header className="page-header">
        <h1>The story so far</h1>
        {story.status === 'ready' ? <StoryIntroduction story={story} /> : null}
      </header>
      {story.status === 'loading' ? <LoadingState>Loading the story…</LoadingState> : null}
      {story.status === 'unreadable' ? <EntriesProblem /> : null}
      {story.status === 'ready' ? <ReadyStoryContent showId={showId} story={story} /> : null}
    </div>
  );
}

function StoryIntroduction({ story }: { story: ReadyStory }) {
  const hasText = story.chapters.length > 0 || story.beforeItStarts.length > 0;
  return (
    <>
      {story.through ? (
        <p className="story-scope">
          Every recap up to {story.through}, the furthest episode you have watched, in watch order.
          Recaps you revealed early stay on their episodes&rsquo; pages.
        </p>
      ) : null}
      {hasText ? <CopyStory text={story.plainText} /> : null}
    </>
  );
}

function ReadyStoryContent({ showId, story }: { showId: string; story: ReadyStory }) {
  return (
    <>
      {story.catchUp ? (
        <CatchUpSection showId={showId} showTitle={story.showTitle} catchUp={story.catchUp} />
      ) : null}
      {story.beforeItStarts.length > 0 ? (
        <section className="story-part" aria-labelledby="before-it-starts-heading">
          <h2 id="before-it-starts-heading">Before it starts</h2>
          <StoryRecaps recaps={story.beforeItStarts} headingLevel={3} />
        </section>
      ) : null}
      {story.chapters.length > 0 ? (
        <section className="story-part" aria-labelledby="episodes-heading">
          <h2 id="episodes-heading">Episode by episode</h2>
          {story.chapters.map((chapter) => (
            <StoryChapterArticle
              key={chapter.code}
              showId={showId}
              chapter={chapter}
              headingLevel={3}
            />
          ))}
        </section>
      ) : (
        <p className="story-empty">
          {story.through
            ? `No recap has opened yet for the episodes up to ${story.through}.`
            : 'Nothing watched yet. Mark episodes watched on the show’s page, and their recaps make up the story here.'}{' '}
          <Link to={`/shows/${showId}`}>Go to {story.showTitle}</Link>
        </p>
      )}
    </>
  );
}

/** "Previously on": what the library tile's "Catch up before S1E5" opens, with focus on it. */
function CatchUpSection({
  showId,
  showTitle,
  catchUp,
}: {
  showId: string;
  showTitle: string;
  catchUp: CatchUp;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const { hash, key } = useLocation();
  const focusedFor = useRef<string | null>(null);
  useEffect(() => {
    if (hash !== `#${CATCH_UP_ID}` || focusedFor.current === key) return;
    focusedFor.current = key;
    // After the layout has put focus on the page's h1, as it does on every navigation.
    queueMicrotask(() => heading.current?.focus());
  }, [hash, key]);
  return (
    <section
      id={CATCH_UP_ID}
      className="story-part catch-up"
      aria-labelledby="previously-on-heading"
    >
      <h2 id="previously-on-heading" ref={heading} tabIndex={-1}>
        Previously on {showTitle}
      </h2>
      <p className="hint">The last recaps before {catchUp.before}.</p>
      {catchUp.chapters.map((chapter) => (
        <StoryChapterArticle
          key={chapter.code}
          showId={showId}
          chapter={chapter}
          headingLevel={3}
        />
      ))}
    </section>
  );
}

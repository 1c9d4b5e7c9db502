import { useCallback, useId, useState } from 'react';
import type { NewsPageView } from '../../domain/pages/news-page';
import { itemHiddenAgain, itemRevealed } from '../../stores/reveal-actions';
import { LoadingState } from '../shared/loading-state';
import { CoveredNewsItem } from './covered-news-item';
import { NewsNoticeLine } from './news-notice';
import { NewsStoryItem } from './news-story-item';
import './news.css';

/** Where focus goes after a reveal or Hide again moved an item between the two lists. */
interface Arrival {
  readonly showId: string;
  readonly key: string;
  readonly as: 'shown' | 'covered';
}

/** The body of a news page: visible news by date, then covered news in a group of its own. */
export function NewsList({ view }: { view: NewsPageView }) {
  const [arrival, setArrival] = useState<Arrival | null>(null);
  const arrived = useCallback(() => setArrival(null), []);
  const coveredHeadingId = useId();
  if (view.loading) return <LoadingState>Loading news…</LoadingState>;
  const namesShows = view.show === null;
  const isEmpty =
    view.stories.length === 0 && view.covered.length === 0 && view.notices.length === 0;
  const arrivesAt = (as: Arrival['as'], showId: string, key: string | null) =>
    arrival !== null && arrival.as === as && arrival.showId === showId && arrival.key === key;
  return (
    <>
      {view.notices.map((notice, position) => (
        <NewsNoticeLine key={position} notice={notice} />
      ))}
      {isEmpty ? (
        <p>{namesShows ? 'No news for your shows yet.' : 'No news for this show yet.'}</p>
      ) : null}
      {view.stories.length > 0 ? (
        <ul className="entry-list news-list" aria-label="News, newest first">
          {view.stories.map((story, position) => (
            // Keyed by position, like every gated list: keys stay out of the page.
            <NewsStoryItem
              key={position}
              story={story}
              namesShow={namesShows}
              focusNow={arrivesAt('shown', story.show.id, story.item.hideKey)}
              onFocused={arrived}
              onHideAgain={(hideKey) => {
                setArrival({ showId: story.show.id, key: hideKey, as: 'covered' });
                void itemHiddenAgain(story.show.id, hideKey);
              }}
            />
          ))}
        </ul>
      ) : null}
      {view.covered.length > 0 ? (
        <section className="news-covered" aria-labelledby={coveredHeadingId}>
          <h2 id={coveredHeadingId}>Covered until you watch further</h2>
          <ul className="entry-list">
            {view.covered.map((covered, position) => (
              <CoveredNewsItem
                key={position}
                covered={covered}
                namesShow={namesShows}
                focusNow={
                  covered.item.state === 'covered' &&
                  arrivesAt('covered', covered.show.id, covered.item.revealKey)
                }
                onFocused={arrived}
                onReveal={(revealKey) => {
                  setArrival({ showId: covered.show.id, key: revealKey, as: 'shown' });
                  void itemRevealed(covered.show.id, revealKey);
                }}
              />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

import { usePageTitle } from '../shared/use-page-title';
import { useLibraryLoaded, useShows, useUnreadableShowIds } from '../../stores/library-store';
import { useStartState } from '../../stores/start-state';
import { LoadingState } from '../shared/loading-state';
import { StartProblem } from '../shared/start-problem';
import { ShowTile } from './show-tile';

export function LibraryPage() {
  usePageTitle('Your shows');
  const loaded = useLibraryLoaded();
  const shows = useShows();
  const unreadableShowIds = useUnreadableShowIds();
  const start = useStartState();
  const sorted = Object.values(shows).sort((a, b) => a.show.title.localeCompare(b.show.title));
  return (
    <>
      <h1>Your shows</h1>
      {start.status === 'failed' && sorted.length === 0 ? (
        <StartProblem failure={start} />
      ) : !loaded ? (
        <LoadingState>Loading your shows…</LoadingState>
      ) : start.status === 'adding-built-in-show' && sorted.length === 0 ? (
        <LoadingState>Loading Ballard…</LoadingState>
      ) : sorted.length === 0 && unreadableShowIds.length === 0 ? (
        <p>No shows yet. Add a show from its recap pack to start.</p>
      ) : (
        <ul className="show-list">
          {sorted.map((stored) => (
            <ShowTile key={stored.show.id} stored={stored} />
          ))}
          {unreadableShowIds.map((showId) => (
            <li key={showId} className="show-tile is-unreadable">
              <h2>{showId}</h2>
              <p className="problem">
                This show&rsquo;s saved copy could not be read. It was kept aside unchanged and
                everything in it stays covered; import its recap pack again to use it.
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

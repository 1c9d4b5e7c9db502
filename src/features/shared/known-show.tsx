import { useEffect, type ReactNode } from 'react';
import { NotFoundPage } from './not-found-page';
import { usePageTitle } from './use-page-title';
import {
  showNeeded,
  useLibraryLoaded,
  useShow,
  useShowSummary,
  useUnreadableShowIds,
} from '../../stores/library-store';
import { useConnectionStore } from '../../stores/connection-store';
import { BUILT_IN_SHOW_ID, useStartState, type StartState } from '../../stores/start-state';
import { LoadingState } from './loading-state';
import { StartProblem } from './start-problem';

/**
 * Renders a show's page once the library has loaded and the show's record is read (only this
 * show's), or says plainly why it cannot.
 */
export function KnownShow({
  showId,
  children,
}: {
  showId: string;
  /** The page, once the show is there: it builds its own view. */
  children: () => ReactNode;
}) {
  const loaded = useLibraryLoaded();
  const known = useShowSummary(showId) !== undefined;
  const stored = useShow(showId);
  const unreadable = useUnreadableShowIds().includes(showId);
  const start = useStartState();
  const connected = useConnectionStore((state) => state.status === 'open');
  const wanted = loaded && connected && known && !stored && !unreadable;
  useEffect(() => {
    if (wanted) void showNeeded(showId);
  }, [wanted, showId]);
  if (!loaded) {
    if (start.status === 'failed') return <ShowNotLoaded failure={start} />;
    return <LoadingState>Loading this show…</LoadingState>;
  }
  if (unreadable) return <UnreadableShow />;
  if (!known && showId === BUILT_IN_SHOW_ID) {
    if (start.status === 'adding-built-in-show') return <BuiltInShowLoading />;
    if (start.status === 'failed') return <ShowNotLoaded failure={start} />;
  }
  if (!known) return <NotFoundPage what="show" />;
  if (!stored) return <LoadingState>Loading this show…</LoadingState>;
  return children();
}

function BuiltInShowLoading() {
  return (
    <section aria-labelledby="loading-heading">
      <h1 id="loading-heading">Ballard</h1>
      <LoadingState>Loading Ballard…</LoadingState>
    </section>
  );
}

function ShowNotLoaded({ failure }: { failure: Extract<StartState, { status: 'failed' }> }) {
  usePageTitle('Show could not be loaded');
  return (
    <section aria-labelledby="not-loaded-heading">
      <h1 id="not-loaded-heading">This show could not be loaded</h1>
      <StartProblem failure={failure} />
    </section>
  );
}

function UnreadableShow() {
  usePageTitle('Show could not be read');
  return (
    <section aria-labelledby="unreadable-heading">
      <h1 id="unreadable-heading">This show could not be read</h1>
      <p>
        Its saved copy could not be read, so everything in it stays covered. If reloading does not
        help, import its recap pack again: a damaged copy was kept aside unchanged, and your
        progress and reveals are kept.
      </p>
    </section>
  );
}

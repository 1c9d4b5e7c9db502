import { useMemo } from 'react';
import type { Gate } from '../../domain/gate';
import { newsEntries } from '../../domain/views';
import type { EntriesState } from '../../stores/library-store';
import { EntryViewList } from '../shared/entry-view-list';
import { EntriesProblem } from '../shared/entries-problem';
import { LoadingState } from '../shared/loading-state';

export function NewsSection({
  showId,
  gate,
  entriesState,
}: {
  showId: string;
  gate: Gate;
  entriesState: EntriesState;
}) {
  const news = useMemo(
    () => (entriesState.status === 'ready' ? newsEntries(entriesState.entries) : []),
    [entriesState],
  );
  return (
    <section className="panel" aria-labelledby="news-heading">
      <h2 id="news-heading">News</h2>
      {entriesState.status === 'loading' ? (
        <LoadingState>Loading news…</LoadingState>
      ) : entriesState.status === 'unreadable' ? (
        <EntriesProblem />
      ) : news.length === 0 ? (
        <p>No news for this show yet.</p>
      ) : (
        <EntryViewList showId={showId} gate={gate} entries={news} headingLevel={3} />
      )}
    </section>
  );
}

import type { EpisodeItemsSection } from '../../domain/pages/episode-page';
import { EntriesProblem } from '../shared/entries-problem';
import { ItemList } from '../shared/item-list';
import { LoadingState } from '../shared/loading-state';

/** The recap, reveals and facts that open at this episode; covered ones as placeholders. */
export function EpisodeEntries({ showId, items }: { showId: string; items: EpisodeItemsSection }) {
  return (
    <section className="panel" aria-labelledby="entries-heading">
      <h2 id="entries-heading">Recap, reveals and facts</h2>
      {items.status === 'loading' ? (
        <LoadingState>Loading recaps…</LoadingState>
      ) : items.status === 'unreadable' ? (
        <EntriesProblem />
      ) : items.items.length === 0 ? (
        <p>Nothing has been written about this episode yet.</p>
      ) : (
        <ItemList showId={showId} items={items.items} headingLevel={3} />
      )}
    </section>
  );
}

import type { ItemsSection } from '../../domain/pages/show-page';
import { EntriesProblem } from '../shared/entries-problem';
import { ItemList } from '../shared/item-list';
import { LoadingState } from '../shared/loading-state';

interface EntriesPanelProps {
  showId: string;
  section: ItemsSection;
  headingId: string;
  heading: string;
  loading: string;
  /** Said when the panel holds nothing; null leaves the panel out instead. */
  empty: string | null;
}

/** A section of the show page listing some of its items as the page view holds them. */
export function EntriesPanel({
  showId,
  section,
  headingId,
  heading,
  loading,
  empty,
}: EntriesPanelProps) {
  const items = section.status === 'ready' ? section.items : [];
  if (items.length === 0 && empty === null) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {section.status === 'loading' ? (
        <LoadingState>{loading}</LoadingState>
      ) : section.status === 'unreadable' ? (
        <EntriesProblem />
      ) : items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ItemList showId={showId} items={items} headingLevel={3} />
      )}
    </section>
  );
}

import { useMemo } from 'react';
import type { Gate } from '../../domain/gate';
import type { Entry } from '../../domain/pack';
import type { EntriesState } from '../../stores/library-store';
import { EntriesProblem } from '../shared/entries-problem';
import { EntryViewList } from '../shared/entry-view-list';
import { LoadingState } from '../shared/loading-state';

interface EntriesPanelProps {
  showId: string;
  gate: Gate;
  entriesState: EntriesState;
  /** Which of the show's entries this panel holds (a domain selector). */
  pick: (entries: readonly Entry[]) => Entry[];
  headingId: string;
  heading: string;
  loading: string;
  /** Said when the panel holds nothing; null leaves the panel out instead. */
  empty: string | null;
}

/** A section of the show page listing some of its entries as the gate allows. */
export function EntriesPanel({
  showId,
  gate,
  entriesState,
  pick,
  headingId,
  heading,
  loading,
  empty,
}: EntriesPanelProps) {
  const entries = useMemo(
    () => (entriesState.status === 'ready' ? pick(entriesState.entries) : []),
    [entriesState, pick],
  );
  if (entries.length === 0 && empty === null) return null;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {entriesState.status === 'loading' ? (
        <LoadingState>{loading}</LoadingState>
      ) : entriesState.status === 'unreadable' ? (
        <EntriesProblem />
      ) : entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <EntryViewList showId={showId} gate={gate} entries={entries} headingLevel={3} />
      )}
    </section>
  );
}

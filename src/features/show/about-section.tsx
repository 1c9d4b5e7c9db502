import { useMemo } from 'react';
import type { Gate } from '../../domain/gate';
import { showWideEntries } from '../../domain/views';
import type { EntriesState } from '../../stores/library-store';
import { EntryViewList } from '../shared/entry-view-list';

/** Spoiler-free recaps and reveals about the whole show; absent when the show has none. */
export function AboutSection({
  showId,
  gate,
  entriesState,
}: {
  showId: string;
  gate: Gate;
  entriesState: EntriesState;
}) {
  const entries = useMemo(
    () => (entriesState.status === 'ready' ? showWideEntries(entriesState.entries) : []),
    [entriesState],
  );
  if (entries.length === 0) return null;
  return (
    <section className="panel" aria-labelledby="about-heading">
      <h2 id="about-heading">About the show</h2>
      <EntryViewList showId={showId} gate={gate} entries={entries} headingLevel={3} />
    </section>
  );
}

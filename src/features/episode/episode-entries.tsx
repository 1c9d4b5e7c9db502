import { useMemo } from 'react';
import { entriesOpeningAt, presentCharacters } from '../../domain/views';
import type { StoredShow } from '../../storage/database';
import { useEntriesGate, useGate } from '../../stores/use-gate';
import { useShowEntries } from '../../stores/use-show-entries';
import { EntriesProblem } from '../shared/entries-problem';
import { EntryViewList } from '../shared/entry-view-list';
import { LoadingState } from '../shared/loading-state';

/** The recap, reveals and facts that open at this episode; covered ones as placeholders. */
export function EpisodeEntries({ stored, code }: { stored: StoredShow; code: string }) {
  const showId = stored.show.id;
  const entriesState = useShowEntries(showId);
  const gate = useEntriesGate(showId);
  const entries = useMemo(
    () => (entriesState.status === 'ready' ? entriesOpeningAt(entriesState.entries, code) : []),
    [entriesState, code],
  );
  // Only characters already introduced are named, even beside a fact revealed early.
  const showGate = useGate(showId);
  const characterNames = useMemo(
    () =>
      new Map(
        presentCharacters(showGate, stored.characters).map((character) => [
          character.id,
          character.name,
        ]),
      ),
    [showGate, stored.characters],
  );
  return (
    <section className="panel" aria-labelledby="entries-heading">
      <h2 id="entries-heading">Recap, reveals and facts</h2>
      {entriesState.status === 'loading' ? (
        <LoadingState>Loading recaps…</LoadingState>
      ) : entriesState.status === 'unreadable' ? (
        <EntriesProblem />
      ) : entries.length === 0 ? (
        <p>Nothing has been written about this episode yet.</p>
      ) : (
        <EntryViewList
          showId={showId}
          gate={gate}
          entries={entries}
          headingLevel={3}
          characterNames={characterNames}
        />
      )}
    </section>
  );
}

import { useMemo } from 'react';
import { entryRevealKey, type Gate } from '../../domain/gate';
import type { Entry } from '../../domain/pack';
import { entryView, type EntryView } from '../../domain/views';
import { itemRevealed } from '../../stores/reveals-store';
import { EntryArticle } from './entry-article';
import { GatedListItem } from './gated-list-item';

interface EntryViewListProps {
  showId: string;
  gate: Gate;
  entries: readonly Entry[];
  headingLevel: 3 | 4;
  /** Names of characters, for the "about" line of visible character facts. */
  characterNames?: ReadonlyMap<string, string>;
}

/** Entries as the gate allows: visible ones in full, covered ones as placeholders. */
export function EntryViewList({
  showId,
  gate,
  entries,
  headingLevel,
  characterNames,
}: EntryViewListProps) {
  const items = useMemo(
    () =>
      entries.map((entry) => ({
        view: entryView(gate, entry),
        revealKey: entryRevealKey(entry.id),
      })),
    [gate, entries],
  );
  return (
    <ul className="entry-list">
      {items.map(({ view, revealKey }, position) => (
        // Keyed by position: a key derived from a covered entry's id could surface in dev tools.
        <EntryViewItem
          key={position}
          view={view}
          headingLevel={headingLevel}
          characterNames={characterNames}
          onReveal={() => void itemRevealed(showId, revealKey)}
        />
      ))}
    </ul>
  );
}

function EntryViewItem({
  view,
  headingLevel,
  characterNames,
  onReveal,
}: {
  view: EntryView;
  headingLevel: 3 | 4;
  characterNames: ReadonlyMap<string, string> | undefined;
  onReveal: () => void;
}) {
  return (
    <GatedListItem covered={view.state === 'covered' ? view : null} onReveal={onReveal}>
      {view.state === 'visible' ? (
        <EntryArticle
          entry={view.entry}
          headingLevel={headingLevel}
          about={
            view.entry.kind === 'fact' && view.entry.characters[0] !== undefined
              ? characterNames?.get(view.entry.characters[0])
              : undefined
          }
        />
      ) : null}
    </GatedListItem>
  );
}

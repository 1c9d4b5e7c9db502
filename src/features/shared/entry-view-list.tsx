import { useMemo } from 'react';
import type { Gate } from '../../domain/gate';
import type { Entry } from '../../domain/pack';
import { entryRevealKey } from '../../domain/reveal-keys';
import { entryView, type EntryView } from '../../domain/views';
import { itemHiddenAgain, itemRevealed } from '../../stores/reveals-store';
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
    () => entries.map((entry) => ({ entry, view: entryView(gate, entry) })),
    [gate, entries],
  );
  return (
    <ul className="entry-list">
      {items.map(({ entry, view }, position) => (
        // Keyed by position: a key derived from a covered entry's id could surface in dev tools.
        <EntryViewItem
          key={position}
          view={view}
          headingLevel={headingLevel}
          characterNames={characterNames}
          onReveal={() => void itemRevealed(showId, entryRevealKey(entry))}
          onHideAgain={() => void itemHiddenAgain(showId, entryRevealKey(entry))}
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
  onHideAgain,
}: {
  view: EntryView;
  headingLevel: 3 | 4;
  characterNames: ReadonlyMap<string, string> | undefined;
  onReveal: () => void;
  onHideAgain: () => void;
}) {
  return (
    <GatedListItem
      covered={view.state === 'covered' ? view : null}
      onReveal={onReveal}
      onHideAgain={view.state === 'visible' && view.revealedEarly ? onHideAgain : undefined}
    >
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

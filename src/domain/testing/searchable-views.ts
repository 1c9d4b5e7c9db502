import type { Gate } from '../gate';
import type { Pack } from '../pack';
import type { SearchableViews } from '../search';
import { entryViews, episodeRow, presentCharacters } from '../views';

/** What the show page gives search: the gate's views of a pack, its notes being the `note` entries. */
export function searchableViews(gate: Gate, subject: Pack): SearchableViews {
  return {
    rows: subject.episodes.map((episode) => episodeRow(gate, episode, new Set())),
    entries: entryViews(
      gate,
      subject.entries.filter((entry) => entry.kind !== 'note'),
    ),
    notes: entryViews(
      gate,
      subject.entries.filter((entry) => entry.kind === 'note'),
    ),
    characters: presentCharacters(gate, subject.characters),
  };
}

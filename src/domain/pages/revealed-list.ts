import { entryVisibility, isItemVisible, type Gate } from '../gate';
import { ENTRY_KIND_LABELS, type Entry, type Episode } from '../pack';
import { entryRevealKey, episodeRevealKey, noteRevealKey, revealTarget } from '../reveal-keys';
import { notesGate, showGate, type ShowState } from '../show-state';

/** A reveal whose item changed since: it opens nothing now, and nothing of it may be named. */
const CHANGED = 'changed';

const GONE = 'An item this show no longer lists, or that could not be read';

/** Its title only while it shows: a shared link's "safe up to" covers what was revealed too. */
function entryLabel(entry: Entry, shown: boolean): string {
  const kind = ENTRY_KIND_LABELS[entry.kind];
  return shown && entry.title
    ? `${kind}: ${entry.title}`
    : `${kind} from ${entry.spoils ?? 'the premise'}`;
}

/**
 * Names what a reveal key uncovered, for the list of what was revealed early; CHANGED for a key
 * whose entry or episode holds other content now. Everything named here is exactly what was
 * revealed on purpose, so it is visible under the gate's third rule, unless a shared link's
 * "safe up to" covers it: then only its kind and code are named.
 */
function revealDescriber(
  gates: { readonly entries: Gate; readonly notes: Gate },
  revealKeys: ReadonlySet<string>,
  episodes: readonly Episode[],
  entries: readonly Entry[],
  notes: readonly Entry[],
) {
  // One pass over the entries without fingerprinting them all: a show can hold a million.
  const wantedIds = new Set<string>();
  for (const key of revealKeys) {
    const target = revealTarget(key);
    if (target?.kind === 'entry') wantedIds.add(target.id);
  }
  const entriesById = new Map<string, Entry>();
  if (wantedIds.size > 0) {
    for (const entry of entries) if (wantedIds.has(entry.id)) entriesById.set(entry.id, entry);
  }
  const notesByKey = new Map(notes.map((note) => [noteRevealKey(note.id), note]));
  const episodesByCode = new Map(episodes.map((episode) => [episode.code, episode]));

  return (revealKey: string): string => {
    const note = notesByKey.get(revealKey);
    if (note) return entryLabel(note, isItemVisible(gates.notes, note.spoils, revealKey));
    const target = revealTarget(revealKey);
    if (target?.kind === 'episode') {
      const episode = episodesByCode.get(target.id);
      if (!episode) return GONE;
      return episodeRevealKey(episode) === revealKey
        ? `${episode.code}: title and synopsis`
        : CHANGED;
    }
    const entry = target ? entriesById.get(target.id) : undefined;
    if (!entry) return GONE;
    return entryRevealKey(entry) === revealKey
      ? entryLabel(entry, entryVisibility(gates.entries, entry) !== 'covered')
      : CHANGED;
  };
}

export interface RevealedItem {
  /** What was revealed on purpose, so visible by the spec's third rule. */
  readonly label: string;
  readonly hideKey: string;
}

/** What the user revealed ahead of their progress on one show, for the "Revealed early" list. */
export type RevealedList =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      /** Set when the show's entries could not be read: their reveals are named as gone. */
      readonly entriesProblem: boolean;
      readonly items: readonly RevealedItem[];
      /** Reveals whose item holds other content now: counted, never named, cleared together. */
      readonly changedKeys: readonly string[];
    };

export function revealedList(state: ShowState): RevealedList {
  if (
    state.record.status !== 'ready' ||
    state.entries.status === 'loading' ||
    state.notes.status === 'loading'
  ) {
    return { status: 'loading' };
  }
  const entriesProblem = state.entries.status === 'unreadable';
  if (state.revealed.size === 0)
    return { status: 'ready', entriesProblem, items: [], changedKeys: [] };
  const describe = revealDescriber(
    { entries: showGate(state), notes: notesGate(state) },
    state.revealed,
    state.record.record.episodes,
    state.entries.status === 'ready' ? state.entries.entries : [],
    state.notes.status === 'ready' ? state.notes.notes : [],
  );
  const items: RevealedItem[] = [];
  const changedKeys: string[] = [];
  for (const hideKey of state.revealed) {
    const label = describe(hideKey);
    if (label === CHANGED) changedKeys.push(hideKey);
    else items.push({ label, hideKey });
  }
  return { status: 'ready', entriesProblem, items, changedKeys };
}

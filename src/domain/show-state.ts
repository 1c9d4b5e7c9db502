import { episodeOrder, horizonPosition, type CodeOrder } from './episode-order';
import { LOADING_GATE, type Gate, type RoomMember, type UpcomingTitles } from './gate';
import type { OwnNote } from './own-note';
import type { Character, Entry, Episode, ShowInfo } from './pack';
import type { ProgressSummary } from './progress-summary';
import { gateSafeUpTo } from './safe-up-to';
import { DEFAULT_SHOW_RULES, type ShowRules } from './show-rules';
import type { NoteVersions } from './sync-notes';

/** A show as stored, without its entries, which are read only when a page needs them. */
export interface ShowRecord {
  readonly show: ShowInfo;
  readonly episodes: readonly Episode[];
  readonly characters: readonly Character[];
}

export type RecordState =
  | { readonly status: 'loading' }
  | { readonly status: 'missing' }
  | { readonly status: 'unreadable' }
  | { readonly status: 'ready'; readonly record: ShowRecord };

export type EntriesState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly entries: readonly Entry[] }
  | { readonly status: 'unreadable'; readonly problem: string };

export type NotesState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly notes: readonly OwnNote[] }
  | { readonly status: 'unreadable'; readonly problem: string };

/**
 * Everything stored about one show, ungated: what each page view of it is built from. Only the
 * domain reads it; a page receives the view built from it.
 */
export interface ShowState {
  readonly showId: string;
  readonly record: RecordState;
  readonly entries: EntriesState;
  readonly notes: NotesState;
  /** This show's notes edited on two devices, whose versions wait for the person to choose. */
  readonly noteChoices?: readonly NoteVersions[];
  readonly progressLoaded: boolean;
  readonly watched: ReadonlySet<string>;
  /**
   * For a library tile while the whole watched set is unread: the stored counts, and `watched`
   * then holds only the furthest watched episode, which is all the gate reads of it.
   */
  readonly progressSummary?: ProgressSummary;
  readonly revealed: ReadonlySet<string>;
  readonly upcomingTitles: UpcomingTitles;
  /** The user's rules for this show; absent, the defaults. */
  readonly rules?: ShowRules;
  /** Reveal keys of entries the user is peeking at this moment; held in memory only. */
  readonly peeked?: ReadonlySet<string>;
  /** A shared link's "safe up to" value, as given (safe-up-to.ts): it only ever covers more. */
  readonly safeUpTo?: string;
  /**
   * Set while watching together (by `withRoom`): the progress of each person present, whose
   * gates all apply; `watched` and `revealed` then hold what all of them share.
   */
  readonly room?: readonly PersonProgress[];
}

/** One person's progress on a show. */
export interface PersonProgress {
  readonly watched: ReadonlySet<string>;
  readonly revealed: ReadonlySet<string>;
}

/** What every one of these sets holds: what everyone present watched, or revealed. */
export function sharedByAll(sets: readonly ReadonlySet<string>[]): ReadonlySet<string> {
  const [first = new Set<string>(), ...rest] = sets;
  // One person alone shares all of theirs: no copy, which would cost every episode they watched.
  if (rest.length === 0) return first;
  return new Set([...first].filter((key) => rest.every((set) => set.has(key))));
}

/**
 * A show's state while watching together. `watched` and `revealed` become what everyone present
 * shares, so the show page ticks an episode, and lists an item as revealed early, only when it is
 * so for each of them; the gate applies every person's own progress.
 */
export function withRoom(state: ShowState, room: readonly PersonProgress[]): ShowState {
  // The room's counts are those of what everyone present watched, from their whole sets.
  const { progressSummary: _ownCounts, ...alone } = state;
  return {
    ...alone,
    room,
    watched: sharedByAll(room.map((person) => person.watched)),
    revealed: sharedByAll(room.map((person) => person.revealed)),
  };
}

export function rulesOf(state: ShowState): ShowRules {
  return state.rules ?? DEFAULT_SHOW_RULES;
}

/** A cast that comes with no first episodes (as from TVmaze): strict mode waits until met. */
function metOnly(rules: ShowRules, characters: readonly Character[]): ReadonlySet<string> | null {
  if (!rules.strict || characters.length === 0) return null;
  return characters.every((character) => character.introducedIn === null)
    ? new Set(rules.met)
    : null;
}

const UNREADABLE_SHOW: Gate = {
  status: 'unreadable',
  reason: 'The saved copy of this show could not be read.',
};

/** `build` once per show state: a state is the same object until something of its show changes. */
export function oncePerState<T>(build: (state: ShowState) => T): (state: ShowState) => T {
  const built = new WeakMap<ShowState, T>();
  return (state) => {
    let value = built.get(state);
    if (value === undefined) {
      value = build(state);
      built.set(state, value);
    }
    return value;
  };
}

/** The gate for a show's episodes and characters: covered until progress and the show have loaded. */
export const showGate = oncePerState((state) => gateSafeUpTo(buildShowGate(state), state.safeUpTo));

function buildShowGate(state: ShowState): Gate {
  if (state.record.status === 'unreadable') return UNREADABLE_SHOW;
  if (state.record.status !== 'ready' || !state.progressLoaded) return LOADING_GATE;
  const order = episodeOrder(state.record.record.episodes);
  const rules = rulesOf(state);
  const met = metOnly(rules, state.record.record.characters);
  const members = state.room?.length ? roomMembers(order, state.room) : null;
  return {
    status: 'ready',
    order,
    horizon: members
      ? Math.min(...members.map((member) => member.horizon))
      : horizonPosition(order, state.watched),
    revealed: members ? sharedByAll(members.map((member) => member.revealed)) : state.revealed,
    upcomingTitles: state.upcomingTitles,
    strict: rules.strict,
    ...(rules.upcoming ? { upcoming: rules.upcoming } : {}),
    ...(met ? { metOnly: met } : {}),
    peeked: state.peeked,
    ...(members ? { members } : {}),
  };
}

function roomMembers(order: CodeOrder, room: readonly PersonProgress[]): readonly RoomMember[] {
  return room.map((person) => ({
    horizon: horizonPosition(order, person.watched),
    revealed: person.revealed,
  }));
}

/** The gate for a show's entries: also covered while they load or when they cannot be read. */
export function entriesGate(state: ShowState): Gate {
  if (state.entries.status === 'ready') return showGate(state);
  return state.entries.status === 'loading'
    ? LOADING_GATE
    : { status: 'unreadable', reason: state.entries.problem };
}

/** The gate for the user's notes: also covered while they load or when they cannot be read. */
export function notesGate(state: ShowState): Gate {
  if (state.notes.status === 'ready') return showGate(state);
  return state.notes.status === 'loading'
    ? LOADING_GATE
    : { status: 'unreadable', reason: state.notes.problem };
}

import { NO_HORIZON } from '../episode-order';
import { isolated } from '../isolated';
import { isItemVisible, keyedItemVisibility, type Gate } from '../gate';
import { ENTRY_KIND_LABELS, type Episode } from '../pack';
import { itemAnchor, type ShownItem } from '../page-items';
import { noteRevealKey } from '../reveal-keys';
import { notesGate, rulesOf, showGate, type OwnNote, type ShowState } from '../show-state';
import { episodeRow } from '../views';

export type NoteItemView =
  | {
      readonly state: 'visible';
      /** The note as the page shows it. */
      readonly item: ShownItem;
      /** The note itself, for Edit. */
      readonly note: OwnNote;
    }
  | {
      readonly state: 'covered';
      readonly opensAfter: string | null;
      /** For React keys and for Edit, which asks the notes store for the note. Never rendered. */
      readonly noteId: string;
      /** What Reveal reveals. Never rendered. */
      readonly revealKey: string;
    };

/** An episode a note can spoil: its code, with its title only where it may be shown. */
export interface SpoilsOption {
  readonly code: string;
  readonly label: string;
}

export type NotesStatus =
  | { readonly status: 'loading' }
  | { readonly status: 'unreadable'; readonly problem: string }
  | { readonly status: 'ready' };

function notesStatus(state: ShowState, gate: Gate): NotesStatus {
  if (state.notes.status === 'unreadable') return state.notes;
  return state.notes.status === 'loading' || gate.status === 'loading'
    ? { status: 'loading' }
    : { status: 'ready' };
}

/** A covered or peeked note's episode, when the show lists it. */
function noteOpensAfter(gate: Gate, note: OwnNote): string | null {
  return note.spoils !== null && gate.status === 'ready' && gate.order.positionOf.has(note.spoils)
    ? note.spoils
    : null;
}

export function noteItemView(gate: Gate, note: OwnNote): NoteItemView {
  const revealKey = noteRevealKey(note.id);
  const visibility = keyedItemVisibility(gate, note.spoils, revealKey);
  if (visibility !== 'covered') {
    const item: ShownItem = {
      state: 'visible',
      kind: note.kind,
      kindLabel: ENTRY_KIND_LABELS[note.kind],
      title: note.title,
      body: note.body,
      episodeCode: note.spoils,
      characters: [],
      date: null,
      source: null,
      hideKey: visibility === 'revealed' ? revealKey : null,
      ...(visibility === 'peeked' ? { peekKey: revealKey } : {}),
      anchor: itemAnchor(note),
    };
    return { state: 'visible', item, note };
  }
  return { state: 'covered', opensAfter: noteOpensAfter(gate, note), noteId: note.id, revealKey };
}

const spoilsOptionsCache = new WeakMap<Gate, SpoilsOption[]>();

function spoilsOptions(
  gate: Gate,
  episodes: readonly Episode[],
  watched: ReadonlySet<string>,
): SpoilsOption[] {
  // Gates that are not ready are shared by every show: only a ready one may key the cache.
  let options = gate.status === 'ready' ? spoilsOptionsCache.get(gate) : undefined;
  if (options === undefined) {
    options = episodes.map((episode) => {
      const row = episodeRow(gate, episode, watched);
      return { code: row.code, label: row.titleShown ? `${row.code} · ${row.label}` : row.code };
    });
    spoilsOptionsCache.set(gate, options);
  }
  return options;
}

function ownNotes(state: ShowState): readonly OwnNote[] {
  return state.notes.status === 'ready' ? state.notes.notes : [];
}

function episodesOf(state: ShowState): readonly Episode[] {
  return state.record.status === 'ready' ? state.record.record.episodes : [];
}

export interface EpisodeNotesView {
  readonly status: NotesStatus;
  readonly onThisEpisode: readonly NoteItemView[];
  /** Notes whose episode the show does not list (or none): shown on every episode page. */
  readonly unlisted: readonly NoteItemView[];
  readonly spoilsOptions: readonly SpoilsOption[];
  /**
   * What to say once a note is saved, never echoing the title of one that is covered; a title it
   * names is marked by `isolated()`.
   */
  describeSaved(note: OwnNote, verb: string): string;
}

/** Strict mode offers no episode past the next one or this page's: the list would count them. */
function strictOptions(state: ShowState, options: SpoilsOption[], code: string): SpoilsOption[] {
  if (!rulesOf(state).strict) return options;
  const gate = showGate(state);
  const horizon = gate.status === 'ready' ? gate.horizon : NO_HORIZON - 1;
  // Those between the next one and this page's would tell what lies ahead, a special included.
  return options.filter((option, at) => at <= horizon + 1 || option.code === code);
}

export function episodeNotesView(state: ShowState, code: string): EpisodeNotesView {
  const gate = notesGate(state);
  const allOptions = spoilsOptions(showGate(state), episodesOf(state), state.watched);
  const listed = new Set(allOptions.map((option) => option.code));
  const options = strictOptions(state, allOptions, code);
  const notes = ownNotes(state);
  return {
    status: notesStatus(state, gate),
    onThisEpisode: notes
      .filter((note) => note.spoils === code)
      .map((note) => noteItemView(gate, note)),
    unlisted: notes
      .filter((note) => note.spoils === null || !listed.has(note.spoils))
      .map((note) => noteItemView(gate, note)),
    spoilsOptions: options,
    describeSaved(note, verb) {
      const visible = isItemVisible(showGate(state), note.spoils, noteRevealKey(note.id));
      const elsewhere = note.spoils !== null && note.spoils !== code && listed.has(note.spoils);
      const covered = visible ? '' : ', covered until you have watched it';
      return [
        `${verb} ${visible ? `“${isolated(note.title ?? '')}”` : 'your note'}.`,
        elsewhere ? `It spoils ${note.spoils}, so it is on that episode’s page${covered}.` : '',
        !elsewhere && !visible ? `It stays covered until you have watched ${note.spoils}.` : '',
      ]
        .filter(Boolean)
        .join(' ');
    },
  };
}

export interface CoveredNote {
  readonly noteId: string;
  readonly opensAfter: string;
}

export interface CoveredNotesView {
  readonly items: readonly CoveredNote[];
  /** Built when a note is edited, not on every mark: a long show has thousands. */
  spoilsOptions(): readonly SpoilsOption[];
}

/** The user's notes the gate covers, by when they open only, to edit or delete unrevealed. */
export function coveredNotesView(state: ShowState): CoveredNotesView {
  const gate = notesGate(state);
  const items: CoveredNote[] = [];
  if (gate.status === 'ready') {
    // One peeked at is still covered: the peek shows it only where its placeholder is.
    for (const note of ownNotes(state)) {
      if (!isItemVisible(gate, note.spoils, noteRevealKey(note.id))) {
        items.push({
          noteId: note.id,
          opensAfter: noteOpensAfter(gate, note) ?? 'an episode this show does not list',
        });
      }
    }
  }
  return {
    items,
    spoilsOptions: () => spoilsOptions(showGate(state), episodesOf(state), state.watched),
  };
}

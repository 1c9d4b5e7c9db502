import { codeOrder } from '../episode-order';
import { isolated } from '../isolated';
import { isItemVisible, keyedItemVisibility, type Gate } from '../gate';
import { ENTRY_KIND_LABELS, type Episode } from '../pack';
import { itemAnchor, type ShownItem } from '../page-items';
import { noteRevealKey } from '../reveal-keys';
import type { OwnNote } from '../own-note';
import { notesGate, showGate, type ShowState } from '../show-state';
import type { NoteVersions } from '../sync-notes';
import { spoilsPicker, type SpoilsPicker } from './spoils-picker';

export type NoteItemView =
  | {
      readonly state: 'visible';
      /** The note as the page shows it. */
      readonly item: ShownItem;
      /** The note itself, for Edit. */
      readonly note: OwnNote;
      /**
       * Its versions when it was edited on two devices, for the person to choose one; none while
       * only peeked at, since a peek reads and does not change.
       */
      readonly versions: readonly NoteVersionView[];
    }
  | {
      readonly state: 'covered';
      readonly opensAfter: string | null;
      /** For React keys and for Edit, which asks the notes store for the note. Never rendered. */
      readonly noteId: string;
      /** What Reveal reveals. Never rendered. */
      readonly revealKey: string;
    };

/** One version of a note edited on two devices: gated like a note, by its own episode. */
export type NoteVersionView =
  | {
      readonly state: 'visible';
      /** What Keep names to the sync engine. Never rendered. */
      readonly rev: string;
      readonly title: string | null;
      /** Markdown. */
      readonly body: string;
      readonly episodeCode: string | null;
    }
  | { readonly state: 'covered'; readonly rev: string; readonly opensAfter: string | null }
  /** A device deleted the note: keeping this version deletes it everywhere. */
  | { readonly state: 'deleted'; readonly rev: string };

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

const NO_VERSIONS: readonly NoteVersionView[] = [];

function versionViews(gate: Gate, revealKey: string, choice: NoteVersions): NoteVersionView[] {
  return choice.versions.map(({ rev, note }): NoteVersionView => {
    if (note === null) return { state: 'deleted', rev };
    if (!isItemVisible(gate, note.spoils, revealKey)) {
      return { state: 'covered', rev, opensAfter: noteOpensAfter(gate, note) };
    }
    return { state: 'visible', rev, title: note.title, body: note.body, episodeCode: note.spoils };
  });
}

/** A note as a page shows it; `choice`, its versions when it was edited on two devices. */
export function noteItemView(gate: Gate, note: OwnNote, choice?: NoteVersions): NoteItemView {
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
    const versions =
      choice && visibility !== 'peeked' ? versionViews(gate, revealKey, choice) : NO_VERSIONS;
    return { state: 'visible', item, note, versions };
  }
  return { state: 'covered', opensAfter: noteOpensAfter(gate, note), noteId: note.id, revealKey };
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
  /** Suggests episodes near this one; strict mode offers none past the next one, bar this. */
  readonly spoilsPicker: SpoilsPicker;
  /**
   * What to say once a note is saved, never echoing the title of one that is covered; a title it
   * names is marked by `isolated()`.
   */
  describeSaved(note: OwnNote, verb: string): string;
}

export function episodeNotesView(state: ShowState, code: string): EpisodeNotesView {
  const gate = notesGate(state);
  const listed = codeOrder(episodesOf(state)).positionOf;
  const notes = ownNotes(state);
  const choices = new Map(
    (state.noteChoices ?? [])
      .filter((choice) => choice.showId === state.showId)
      .map((choice) => [choice.noteId, choice]),
  );
  const viewOf = (note: OwnNote) => noteItemView(gate, note, choices.get(note.id));
  return {
    status: notesStatus(state, gate),
    onThisEpisode: notes.filter((note) => note.spoils === code).map(viewOf),
    unlisted: notes.filter((note) => note.spoils === null || !listed.has(note.spoils)).map(viewOf),
    spoilsPicker: spoilsPicker(state, code, code),
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
  /** For editing a note tied to `spoils`, which it may keep even where nothing else would do. */
  spoilsPicker(spoils: string | null): SpoilsPicker;
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
    spoilsPicker: (spoils) => spoilsPicker(state, spoils, spoils),
  };
}

import * as v from 'valibot';
import { PACK_FORMAT, PACK_VERSION, type Entry } from '../domain/pack';
import { validatePack } from '../domain/parse-pack';
import type { PreviouslyDatabase, StoredNote, StoredShow } from './database';
import { loadNotes } from './notes-repository';
import { loadEntries } from './show-records';
import { storedShowSchema } from './stored-schemas';
import { isolated } from '../domain/isolated';

/**
 * A show as a recap pack file: its content plus the user's notes as entries of kind "note", so
 * importing the file again gives back the same show and the same notes (see note-merge.ts).
 * A pack may only point at its own episodes, so a note whose episode the show no longer lists
 * is left out of the pack (a full backup keeps it) and reported.
 */

export interface PackDocument {
  format: typeof PACK_FORMAT;
  version: typeof PACK_VERSION;
  show: StoredShow['show'];
  episodes: StoredShow['episodes'];
  characters: StoredShow['characters'];
  entries: Entry[];
}

export interface ShowExport {
  document: PackDocument;
  notesIncluded: number;
  /** Codes of the notes left out because the show no longer lists their episode. */
  notesLeftOut: string[];
}

function noteAsEntry(note: StoredNote, characterIds: ReadonlySet<string>): Entry {
  const { showId: _showId, updatedAt: _updatedAt, ...entry } = note;
  // Character tags are only hints; one pointing at a character the show dropped is not kept.
  return { ...entry, characters: entry.characters.filter((id) => characterIds.has(id)) };
}

export function packForExport(
  stored: StoredShow,
  entries: readonly Entry[],
  notes: readonly StoredNote[],
): ShowExport {
  const codes = new Set(stored.episodes.map((episode) => episode.code));
  const characterIds = new Set(stored.characters.map((character) => character.id));
  const listed = (note: StoredNote) => note.spoils === null || codes.has(note.spoils);
  const included = notes.filter(listed);
  return {
    document: {
      format: PACK_FORMAT,
      version: PACK_VERSION,
      show: stored.show,
      episodes: stored.episodes,
      characters: stored.characters,
      entries: [...entries, ...included.map((note) => noteAsEntry(note, characterIds))],
    },
    notesIncluded: included.length,
    notesLeftOut: notes.flatMap((note) =>
      listed(note) || note.spoils === null ? [] : [note.spoils],
    ),
  };
}

export type ShowExportResult = ({ ok: true } & ShowExport) | { ok: false; problem: string };

/** Reads one show from storage as a pack, with one profile's notes, checked to import again. */
export async function readShowExport(
  database: PreviouslyDatabase,
  profileId: string,
  showId: string,
): Promise<ShowExportResult> {
  const parsed = v.safeParse(storedShowSchema, await database.get('shows', showId));
  if (!parsed.success) {
    return {
      ok: false,
      problem: `The saved copy of “${isolated(showId)}” could not be read, so it cannot be exported. A full backup keeps it as it is.`,
    };
  }
  const entries = await loadEntries(database, showId);
  if (!entries.ok) return { ok: false, problem: entries.problem };
  const { notes } = await loadNotes(database, profileId, showId);
  const exported = packForExport(parsed.output, entries.entries, notes);
  const check = validatePack(exported.document);
  if (!check.ok) {
    return {
      ok: false,
      problem: `“${isolated(parsed.output.show.title)}” could not be exported as a pack that imports again: ${check.problems.join('; ')}`,
    };
  }
  return { ok: true, ...exported };
}

import * as v from 'valibot';
import { isolated } from '../domain/isolated';
import { PACK_FORMAT, PACK_VERSION, type Entry, type Pack } from '../domain/pack';
import { validatePack } from '../domain/parse-pack';
import { refreshedCharacters } from '../domain/refreshed-characters';
import { revealTarget } from '../domain/reveal-keys';
import { showSummary, type ShowSummary } from '../domain/show-summary';
import { writeAllOrNothing, writing } from './all-or-nothing';
import {
  profileShowRange,
  type PreviouslyDatabase,
  type ProfileItemKey,
  type StoredNote,
  type StoredShow,
} from './database';
import { mergeImportedNotes, newNoteId, type NoteMerge } from './note-merge';
import { describeUnchangedAfterFailure } from './storage-errors';
import { summaryWrites } from './show-summaries';
import { storedEntriesSchema, storedNoteSchema, storedShowSchema } from './stored-schemas';

/**
 * Stores a validated pack as a show, in one transaction, so a failure or a cancel changes
 * nothing. Progress, reveals and notes live in their own stores, keyed by show id, so replacing a
 * show's content leaves them alone; notes inside the pack are merged into the profile's notes
 * (note-merge.ts). It needs no page: an import runs it in a worker.
 */

export interface ImportedShow {
  ok: true;
  showId: string;
  title: string;
  replaced: boolean;
  episodes: number;
  /** Episodes the show did not list before (a refresh's news). */
  newEpisodes: number;
  notes: Omit<NoteMerge, 'toPut'>;
  /** Codes of the user's notes that point at episodes the show no longer lists (kept). */
  notesOnMissingEpisodes: string[];
  /** Codes of watched episodes the show no longer lists: kept, shown again once listed. */
  progressOnMissingEpisodes: string[];
  /** Codes of episodes revealed early that the show no longer lists: kept likewise. */
  revealsOnMissingEpisodes: string[];
  /** The summary stored beside the show, so that nothing is read back after the write. */
  summary: ShowSummary;
  /**
   * The importing profile's notes on the show as a read would find them after the import, oldest
   * first, so that nothing is read back; null when a stored one could not be read (a read of them
   * sets it aside and says so).
   */
  storedNotes: { profileId: string; notes: StoredNote[] } | null;
}

export type ImportOutcome = ImportedShow | { ok: false; problems: string[] };

export interface ImportOptions {
  /** Whose notes the pack's notes join. */
  profileId: string;
  /**
   * Keep the show's stored recaps and when its characters are introduced, for a refresh from
   * TVmaze (which says neither); the combined show is validated again before anything is written.
   */
  keepStoredEntries?: boolean;
  /** Aborts the transaction: nothing is written unless it had already committed. */
  signal?: AbortSignal;
  /** Hears how far the save is, 0 to 1: each write is queued (its value copied), then committed. */
  progress?: (done: number) => void;
  /** Called once every write is queued, while the browser commits them. */
  queued?: () => void;
}

/** The codes of episodes revealed early, from a show's reveal keys [showId, key]. */
function revealedEpisodeCodes(revealKeys: readonly ProfileItemKey[]): string[] {
  return revealKeys.flatMap(([, , revealKey]) => {
    const target = revealTarget(revealKey);
    return target?.kind === 'episode' ? [target.id] : [];
  });
}

/**
 * Note records as loadNotes reads them, oldest first (by id, as its index orders them); null when
 * one of them cannot be read.
 */
function notesAsLoaded(records: readonly (readonly [key: IDBValidKey, value: unknown])[]) {
  const notes: StoredNote[] = [];
  for (const [key, value] of records) {
    const parsed = v.safeParse(storedNoteSchema, value);
    if (!parsed.success || parsed.output.id !== key) return null;
    notes.push(parsed.output);
  }
  return notes.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Episode codes of a stored show record as read, which may be unreadable. */
function storedCodes(record: unknown): Set<string> {
  const episodes = (record as { episodes?: unknown } | undefined)?.episodes;
  if (!Array.isArray(episodes)) return new Set();
  return new Set(episodes.map((episode: { code?: unknown } | null) => String(episode?.code)));
}

export async function importShow(
  database: PreviouslyDatabase,
  pack: Pack,
  {
    profileId,
    keepStoredEntries = false,
    signal,
    progress = () => undefined,
    queued = () => undefined,
  }: ImportOptions,
): Promise<ImportOutcome> {
  const unchanged = (error: unknown): ImportOutcome => ({
    ok: false,
    problems: [describeUnchangedAfterFailure(`“${isolated(pack.show.title)}”`, error)],
  });
  if (signal?.aborted) return unchanged(signal.reason);
  const showId = pack.show.id;
  const transaction = database.transaction(
    ['shows', 'entries', 'showSummaries', 'episodeHeads', 'notes', 'progress', 'reveals'],
    'readwrite',
  );
  const abort = () => {
    try {
      transaction.abort();
    } catch {
      // It had already committed: the import is done, and the cancel came too late.
    }
  };
  signal?.addEventListener('abort', abort, { once: true });
  try {
    return await written();
  } catch (error) {
    // A read failed, or an abort came before the writes: nothing was written.
    transaction.done.catch(() => undefined);
    abort();
    return unchanged(error);
  } finally {
    signal?.removeEventListener('abort', abort);
  }

  async function written(): Promise<ImportOutcome> {
    const [previous, storedEntries, noteKeys, noteValues, allNoteIds, progressKeys, revealKeys] =
      await Promise.all([
        transaction.objectStore('shows').get(showId),
        keepStoredEntries ? transaction.objectStore('entries').get(showId) : undefined,
        transaction.objectStore('notes').index('byProfileShow').getAllKeys([profileId, showId]),
        transaction.objectStore('notes').index('byProfileShow').getAll([profileId, showId]),
        transaction.objectStore('notes').getAllKeys(),
        transaction.objectStore('progress').getAllKeys(profileShowRange(profileId, showId)),
        transaction.objectStore('reveals').getAllKeys(profileShowRange(profileId, showId)),
      ]);

    const previousShow = keepStoredEntries ? v.safeParse(storedShowSchema, previous) : null;
    if (previousShow?.success) {
      // The source does not say when characters appear; what a recap pack set stays.
      pack = {
        ...pack,
        characters: refreshedCharacters(
          pack.characters,
          previousShow.output.characters,
          pack.episodes.map((episode) => episode.code),
        ),
      };
    }
    let entries: Entry[] = pack.entries.filter((entry) => entry.kind !== 'note');
    if (keepStoredEntries && storedEntries !== undefined) {
      const parsed = v.safeParse(storedEntriesSchema, storedEntries);
      const combined = parsed.success
        ? validatePack({
            format: PACK_FORMAT,
            version: PACK_VERSION,
            ...pack,
            entries: parsed.output,
          })
        : null;
      if (!combined?.ok) {
        transaction.done.catch(() => undefined);
        transaction.abort();
        return {
          ok: false,
          problems: combined
            ? combined.problems
            : ['The saved recaps of this show could not be read, so they were not merged.'],
        };
      }
      entries = parsed.success ? parsed.output : entries;
    }

    const merge = mergeImportedNotes({
      showId,
      incoming: pack.entries.filter((entry) => entry.kind === 'note'),
      stored: new Map(noteKeys.map((key, position) => [key, noteValues[position]])),
      takenIds: new Set(allNoteIds),
      newNoteId,
      now: Date.now(),
    });
    const stored: StoredShow = {
      show: pack.show,
      episodes: [...pack.episodes],
      characters: [...pack.characters],
    };
    const summary = showSummary(stored, entries);
    try {
      await writeAllOrNothing(transaction, (queue) => {
        // Copying the show and its recaps into the transaction is most of a save; committing, the rest.
        queue('writing the show', () => transaction.objectStore('shows').put(stored, showId));
        progress(0.3);
        queue('writing its recaps', () => transaction.objectStore('entries').put(entries, showId));
        progress(0.7);
        queue('writing its summary', () => Promise.all(summaryWrites(transaction, summary)));
        merge.toPut.forEach((note, index, notes) =>
          queue(writing('note', index, notes), () =>
            transaction.objectStore('notes').put({ ...note, profileId }),
          ),
        );
        progress(0.75);
        queued();
      });
    } catch (error) {
      return unchanged(error);
    }

    const codes = new Set(pack.episodes.map((episode) => episode.code));
    const previousCodes = storedCodes(previous);
    const allNotes: unknown[] = [...noteValues, ...merge.toPut];
    const { toPut: _written, ...noteCounts } = merge;
    const unlisted = (code: string) => !codes.has(code);
    const notesAfter = notesAsLoaded([
      ...noteKeys.map((key, position) => [key, noteValues[position]] as const),
      ...merge.toPut.map((note) => [note.id, { ...note, profileId }] as const),
    ]);
    return {
      ok: true,
      showId,
      title: pack.show.title,
      replaced: previous !== undefined,
      episodes: pack.episodes.length,
      newEpisodes:
        previous === undefined ? 0 : [...codes].filter((c) => !previousCodes.has(c)).length,
      notes: noteCounts,
      notesOnMissingEpisodes: allNotes.flatMap((note) => {
        const spoils = (note as Partial<StoredNote> | null)?.spoils;
        return typeof spoils === 'string' && !codes.has(spoils) ? [spoils] : [];
      }),
      progressOnMissingEpisodes: progressKeys.map(([, , code]) => code).filter(unlisted),
      revealsOnMissingEpisodes: revealedEpisodeCodes(revealKeys).filter(unlisted),
      summary,
      storedNotes: notesAfter && { profileId, notes: notesAfter },
    };
  }
}

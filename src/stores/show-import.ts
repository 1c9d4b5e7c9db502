import * as v from 'valibot';
import { isolated } from '../domain/isolated';
import { PACK_FORMAT, PACK_VERSION, type Entry, type Pack } from '../domain/pack';
import { validatePack } from '../domain/parse-pack';
import { refreshedCharacters } from '../domain/refreshed-characters';
import { revealTarget } from '../domain/reveal-keys';
import { showSummary } from '../domain/show-summary';
import {
  profileShowRange,
  type ProfileItemKey,
  type StoredNote,
  type StoredShow,
} from '../storage/database';
import { activeProfileId } from './active-profile';
import { writeAllOrNothing, writing } from '../storage/all-or-nothing';
import { mergeImportedNotes, type NoteMerge } from '../storage/note-merge';
import { describeUnchangedAfterFailure } from '../storage/storage-errors';
import { storedEntriesSchema, storedShowSchema } from '../storage/stored-schemas';
import { currentDatabase, tellOtherTabs } from './database-handle';
import { showChangedElsewhere, useLibraryStore } from './library-store';
import { newNoteId, notesChangedElsewhere } from './notes-store';

/**
 * Stores a validated pack as a show, in one transaction, so a failure changes nothing. Progress,
 * reveals and notes live in their own stores, keyed by show id, so replacing a show's content
 * leaves them alone; notes inside the pack are merged into the user's notes (note-merge.ts).
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
}

export type ImportOutcome = ImportedShow | { ok: false; problems: string[] };

/** Whether the library already holds this show (readable or not), so importing replaces it. */
export function isShowInLibrary(showId: string): boolean {
  const { summaries, unreadableShowIds } = useLibraryStore.getState();
  return Object.hasOwn(summaries, showId) || unreadableShowIds.includes(showId);
}

export interface ImportOptions {
  /**
   * Keep the show's stored recaps and when its characters are introduced, for a refresh from
   * TVmaze (which says neither); the combined show is validated again before anything is written.
   */
  keepStoredEntries?: boolean;
}

/** The codes of episodes revealed early, from a show's reveal keys [showId, key]. */
function revealedEpisodeCodes(revealKeys: readonly ProfileItemKey[]): string[] {
  return revealKeys.flatMap(([, , revealKey]) => {
    const target = revealTarget(revealKey);
    return target?.kind === 'episode' ? [target.id] : [];
  });
}

/** Episode codes of a stored show record as read, which may be unreadable. */
function storedCodes(record: unknown): Set<string> {
  const episodes = (record as { episodes?: unknown } | undefined)?.episodes;
  if (!Array.isArray(episodes)) return new Set();
  return new Set(episodes.map((episode: { code?: unknown } | null) => String(episode?.code)));
}

export async function showImported(
  pack: Pack,
  { keepStoredEntries = false }: ImportOptions = {},
): Promise<ImportOutcome> {
  const showId = pack.show.id;
  // Notes in the pack become the active profile's.
  const profileId = activeProfileId();
  const database = currentDatabase();
  const transaction = database.transaction(
    ['shows', 'entries', 'showSummaries', 'notes', 'progress', 'reveals'],
    'readwrite',
  );
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
  try {
    await writeAllOrNothing(transaction, (queue) => {
      queue('writing the show', () => transaction.objectStore('shows').put(stored, showId));
      queue('writing its recaps', () => transaction.objectStore('entries').put(entries, showId));
      queue('writing its summary', () =>
        transaction.objectStore('showSummaries').put(showSummary(stored, entries), showId),
      );
      merge.toPut.forEach((note, index, notes) =>
        queue(writing('note', index, notes), () =>
          transaction.objectStore('notes').put({ ...note, profileId }),
        ),
      );
    });
  } catch (error) {
    return {
      ok: false,
      problems: [describeUnchangedAfterFailure(`“${isolated(pack.show.title)}”`, error)],
    };
  }

  await showChangedElsewhere(showId);
  useLibraryStore.setState((library) => ({
    unreadableShowIds: library.unreadableShowIds.filter((id) => id !== showId),
  }));
  await notesChangedElsewhere(showId);
  tellOtherTabs({ type: 'library', showId });
  tellOtherTabs({ type: 'notes', showId });

  const codes = new Set(pack.episodes.map((episode) => episode.code));
  const previousCodes = storedCodes(previous);
  const allNotes: unknown[] = [...noteValues, ...merge.toPut];
  const { toPut: _written, ...noteCounts } = merge;
  const unlisted = (code: string) => !codes.has(code);
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
  };
}

import type { Pack } from '../domain/pack';
import { importShow, type ImportedShow, type ImportOutcome } from '../storage/import-show';
import { activeProfileId } from './active-profile';
import { currentDatabase, tellOtherTabs } from './database-handle';
import { showStoredAnew, useLibraryStore } from './library-store';
import { notesChangedElsewhere, showNotesStored } from './notes-store';

/** Whether the library already holds this show (readable or not), so importing replaces it. */
export function isShowInLibrary(showId: string): boolean {
  const { summaries, unreadableShowIds } = useLibraryStore.getState();
  return Object.hasOwn(summaries, showId) || unreadableShowIds.includes(showId);
}

/**
 * An import stored this show, here or in a worker: the library takes the summary it wrote, the
 * notes take the importing profile's notes as it stored them (it wrote no other profile's), and
 * other tabs are told. Nothing is read back, unless a stored note could not be read: a read sets
 * it aside and says so.
 */
export async function showImportStored({
  summary,
  storedNotes,
}: Pick<ImportedShow, 'summary' | 'storedNotes'>): Promise<void> {
  const showId = summary.show.id;
  showStoredAnew(summary);
  if (storedNotes) showNotesStored(storedNotes.profileId, showId, storedNotes.notes);
  else await notesChangedElsewhere(showId);
  tellOtherTabs({ type: 'library', showId });
  tellOtherTabs({ type: 'notes', showId });
}

/** Stores a validated pack on this thread, for the active profile, and tells the stores. */
export async function showImported(
  pack: Pack,
  { keepStoredEntries = false }: { keepStoredEntries?: boolean } = {},
): Promise<ImportOutcome> {
  const outcome = await importShow(currentDatabase(), pack, {
    profileId: activeProfileId(),
    keepStoredEntries,
  });
  if (outcome.ok) await showImportStored(outcome);
  return outcome;
}

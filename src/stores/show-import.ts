import type { Pack } from '../domain/pack';
import type { ShowSummary } from '../domain/show-summary';
import { importShow, type ImportOutcome } from '../storage/import-show';
import { activeProfileId } from './active-profile';
import { currentDatabase, tellOtherTabs } from './database-handle';
import { showStoredAnew, useLibraryStore } from './library-store';
import { notesChangedElsewhere } from './notes-store';

/** Whether the library already holds this show (readable or not), so importing replaces it. */
export function isShowInLibrary(showId: string): boolean {
  const { summaries, unreadableShowIds } = useLibraryStore.getState();
  return Object.hasOwn(summaries, showId) || unreadableShowIds.includes(showId);
}

/**
 * An import stored this show, here or in a worker: the library takes the summary it wrote, notes
 * are read again, never the pack, and other tabs are told.
 */
export async function showImportStored(summary: ShowSummary): Promise<void> {
  const showId = summary.show.id;
  showStoredAnew(summary);
  await notesChangedElsewhere(showId);
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
  if (outcome.ok) await showImportStored(outcome.summary);
  return outcome;
}

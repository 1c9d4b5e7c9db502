import { activeProfileId } from './active-profile';
import { ownEntry } from './own-entry';
import { noteVersionKept } from './sync-actions';
import { useSyncStore } from './sync-store';

/**
 * The person chose which version of a note edited on two devices stays. The page names the note
 * and the version only, so that no covered version's text passes through it.
 */
export function noteVersionChosen(showId: string, noteId: string, rev: string): void {
  const choices = ownEntry(useSyncStore.getState().noteChoices, activeProfileId()) ?? [];
  const choice = choices.find((found) => found.showId === showId && found.noteId === noteId);
  if (choice) noteVersionKept(choice, rev);
}

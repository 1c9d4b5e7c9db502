import * as v from 'valibot';
import type { NoteDraft } from './note-draft';

/**
 * Unsaved note text, kept in this tab's session storage so a reload (one another tab caused by
 * restoring a backup or deleting the database, say) does not lose it. Only the user's own text is
 * kept, and only until the note is saved or the edit cancelled.
 */

const PREFIX = 'previously-note-draft:';

/** A draft as kept: `spoils` is the code field's text, and `safe` whether the note spoils nothing. */
export type KeptDraft = NoteDraft & { readonly safe: boolean };

const draftSchema = v.object({
  title: v.string(),
  body: v.string(),
  spoils: v.string(),
  // Drafts kept before the picker had its own "safe" box said so with no code.
  safe: v.optional(v.boolean()),
});

/** The draft of a new note on one episode. */
export const newNoteDraftKey = (showId: string, code: string) => `${showId}/${code}/new`;

/** The draft of changes to one note. */
export const noteEditDraftKey = (showId: string, noteId: string) => `${showId}/note/${noteId}`;

export function keptDraft(key: string): KeptDraft | null {
  try {
    const text = sessionStorage.getItem(PREFIX + key);
    if (text === null) return null;
    const parsed = v.safeParse(draftSchema, JSON.parse(text));
    if (!parsed.success) return null;
    const { safe = parsed.output.spoils === '', ...draft } = parsed.output;
    return { ...draft, safe };
  } catch {
    return null;
  }
}

export function draftKept(key: string, draft: KeptDraft): void {
  try {
    sessionStorage.setItem(PREFIX + key, JSON.stringify(draft));
  } catch {
    // Storage full or turned off: the draft lives on in the form as before.
  }
}

export function draftDropped(key: string): void {
  try {
    sessionStorage.removeItem(PREFIX + key);
  } catch {
    // Nothing was kept.
  }
}

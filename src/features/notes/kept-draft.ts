import * as v from 'valibot';
import type { NoteDraft } from './note-draft';

/**
 * Unsaved note text, kept in this tab's session storage so a reload (one another tab caused by
 * restoring a backup or deleting the database, say) does not lose it. Only the user's own text is
 * kept, and only until the note is saved or the edit cancelled. Each profile's notes are its own,
 * so are its drafts: another profile on the same episode never meets one, nor writes over it.
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

/** The start of a key naming whose draft it is; the rest names what the draft is for. */
const ownerOf = (profileId: string) => `${encodeURIComponent(profileId)}/`;

/** One profile's draft of a new note on one episode. */
export const newNoteDraftKey = (profileId: string, showId: string, code: string) =>
  `${ownerOf(profileId)}${showId}/${code}/new`;

/** One profile's draft of changes to one of its notes. */
export const noteEditDraftKey = (profileId: string, showId: string, noteId: string) =>
  `${ownerOf(profileId)}${showId}/note/${noteId}`;

/**
 * The kept text under `key`. One kept before drafts named their profile is taken over by the
 * first profile to open its form, the one most likely to have written it, rather than lost.
 */
function keptText(key: string): string | null {
  const text = sessionStorage.getItem(PREFIX + key);
  if (text !== null) return text;
  const unowned = PREFIX + key.slice(key.indexOf('/') + 1);
  const earlier = sessionStorage.getItem(unowned);
  if (earlier !== null) {
    sessionStorage.setItem(PREFIX + key, earlier);
    sessionStorage.removeItem(unowned);
  }
  return earlier;
}

export function keptDraft(key: string): KeptDraft | null {
  try {
    const text = keptText(key);
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

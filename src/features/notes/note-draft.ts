import * as v from 'valibot';
import { withoutInvisibleCharacters } from '../../domain/invisible-characters';
import { formatIssue } from '../../domain/parse-pack';
import type { StoredNote } from '../../storage/database';
import { storedNoteSchema } from '../../storage/stored-schemas';

/** What the note form holds; `spoils` is "" for a note that is safe at any point. */
export interface NoteDraft {
  title: string;
  body: string;
  spoils: string;
}

export type NoteField = 'title' | 'body' | 'spoils';

export type DraftResult =
  { ok: true; note: StoredNote } | { ok: false; problems: Partial<Record<NoteField, string>> };

const FIELD_LABELS: Record<NoteField, string> = { title: 'Title', body: 'Note', spoils: 'Spoils' };

function isNoteField(key: unknown): key is NoteField {
  return key === 'title' || key === 'body' || key === 'spoils';
}

/**
 * Checks a note by the same rules a recap pack's entries follow, so every saved note exports as a
 * pack that imports again. Problems are keyed by form field, each a sentence naming the field.
 */
export function noteFromDraft(
  draft: NoteDraft,
  identity: { id: string; showId: string; updatedAt: number },
): DraftResult {
  const candidate = {
    ...identity,
    kind: 'note',
    spoils: draft.spoils === '' ? null : draft.spoils,
    // A pasted title keeps no direction-changing or invisible characters, as imported ones do.
    title: withoutInvisibleCharacters(draft.title).trim(),
    body: draft.body,
    characters: [],
    keywords: [],
    date: null,
    source: null,
  };
  const parsed = v.safeParse(storedNoteSchema, candidate);
  if (parsed.success) return { ok: true, note: parsed.output };
  const problems: Partial<Record<NoteField, string>> = {};
  for (const issue of parsed.issues) {
    const field = issue.path?.[0]?.key;
    if (isNoteField(field) && problems[field] === undefined) {
      problems[field] = `${FIELD_LABELS[field]} ${formatIssue(issue).replace(/^[a-z]+: /, '')}`;
    }
  }
  return { ok: false, problems };
}

import type { SpoilsOption } from '../../domain/pages/notes-view';
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { StoredNote } from '../../storage/database';
import { IsolatedText } from '../shared/isolated-text';
import { draftDropped, draftKept, keptDraft } from './kept-draft';
import { noteFromDraft, type NoteDraft, type NoteField } from './note-draft';

interface NoteFormProps {
  /** Names the form; a note title in it is marked by `isolated()` to be set apart. */
  heading: string;
  initial: NoteDraft;
  /** Where unsaved text is kept across a reload; see kept-draft.ts. */
  draftKey: string;
  identity: () => { id: string; showId: string; updatedAt: number };
  spoilsOptions: readonly SpoilsOption[];
  submitLabel: string;
  onSave: (note: StoredNote) => void;
  onCancel?: () => void;
}

/** Title, Markdown text and the episode the note spoils, checked by the recap pack's rules. */
export function NoteForm({
  heading,
  initial,
  draftKey,
  identity,
  spoilsOptions,
  submitLabel,
  onSave,
  onCancel,
}: NoteFormProps) {
  const [kept] = useState(() => keptDraft(draftKey));
  const [draft, setDraft] = useState(kept ?? initial);
  const [problems, setProblems] = useState<Partial<Record<NoteField, string>>>({});
  const ids = { heading: useId(), title: useId(), body: useId(), spoils: useId(), hint: useId() };

  function submitted(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = noteFromDraft(draft, identity());
    if (!result.ok) {
      setProblems(result.problems);
      const first = (['title', 'body', 'spoils'] as const).find((field) => result.problems[field]);
      if (first) document.getElementById(ids[first])?.focus();
      return;
    }
    setProblems({});
    draftDropped(draftKey);
    onSave(result.note);
  }

  function changed(field: NoteField, value: string) {
    const next = { ...draft, [field]: value };
    setDraft(next);
    const untouched = (Object.keys(next) as NoteField[]).every((key) => next[key] === initial[key]);
    if (untouched) draftDropped(draftKey);
    else draftKept(draftKey, next);
  }

  function cancelled() {
    draftDropped(draftKey);
    onCancel?.();
  }

  function keyPressed(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Escape' || !onCancel) return;
    event.preventDefault();
    cancelled();
  }

  const problemFor = (field: NoteField) =>
    problems[field] ? (
      <p id={`${ids[field]}-problem`} className="problem">
        {problems[field]}
      </p>
    ) : null;
  const describedBy = (field: NoteField, ...others: string[]) =>
    [...others, problems[field] ? `${ids[field]}-problem` : ''].filter(Boolean).join(' ') ||
    undefined;

  return (
    <form
      className="note-form"
      aria-labelledby={ids.heading}
      onSubmit={submitted}
      onKeyDown={keyPressed}
      noValidate
    >
      <h3 id={ids.heading}>
        <IsolatedText text={heading} />
      </h3>
      {kept ? (
        <p role="status" className="status">
          Your unsaved note was kept.
        </p>
      ) : null}
      <div className="note-field">
        <label htmlFor={ids.title}>Title</label>
        <input
          id={ids.title}
          type="text"
          value={draft.title}
          maxLength={300}
          required
          aria-invalid={problems.title ? true : undefined}
          aria-describedby={describedBy('title')}
          onChange={(event) => changed('title', event.currentTarget.value)}
        />
        {problemFor('title')}
      </div>
      <div className="note-field">
        <label htmlFor={ids.body}>Note</label>
        <textarea
          id={ids.body}
          rows={6}
          value={draft.body}
          aria-invalid={problems.body ? true : undefined}
          aria-describedby={describedBy('body', ids.hint)}
          onChange={(event) => changed('body', event.currentTarget.value)}
        />
        <p id={ids.hint} className="hint">
          Markdown: **bold**, _italic_, [a link](https://example.com), lists. HTML shows as text.
        </p>
        {problemFor('body')}
      </div>
      <div className="note-field">
        <label htmlFor={ids.spoils}>Spoils</label>
        <select
          id={ids.spoils}
          value={draft.spoils}
          aria-invalid={problems.spoils ? true : undefined}
          aria-describedby={describedBy('spoils', `${ids.spoils}-hint`)}
          onChange={(event) => changed('spoils', event.currentTarget.value)}
        >
          {spoilsOptions.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
          <option value="">Nothing: safe at any point</option>
        </select>
        <p id={`${ids.spoils}-hint`} className="hint">
          The note stays covered until you have watched this episode.
        </p>
        {problemFor('spoils')}
      </div>
      <div className="note-actions">
        <button type="submit" className="button-primary">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" onClick={cancelled}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

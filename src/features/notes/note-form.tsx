import type { SpoilsPicker } from '../../domain/pages/spoils-picker';
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
  spoilsPicker: SpoilsPicker;
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
  spoilsPicker,
  submitLabel,
  onSave,
  onCancel,
}: NoteFormProps) {
  const [kept] = useState(() => keptDraft(draftKey));
  // `draft.spoils` holds the code field's text, kept while the note is marked safe at any point.
  const [draft, setDraft] = useState<NoteDraft>(() =>
    kept ? { title: kept.title, body: kept.body, spoils: kept.spoils } : initial,
  );
  const [safe, setSafe] = useState(kept ? kept.safe : initial.spoils === '');
  const [problems, setProblems] = useState<Partial<Record<NoteField, string>>>({});
  const ids = {
    heading: useId(),
    title: useId(),
    body: useId(),
    spoils: useId(),
    hint: useId(),
    suggestions: useId(),
  };

  function submitted(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const spoils = safe ? ({ ok: true, code: '' } as const) : spoilsPicker.check(draft.spoils);
    const result = noteFromDraft({ ...draft, spoils: spoils.ok ? spoils.code : '' }, identity());
    if (!result.ok || !spoils.ok) {
      const found = {
        ...(result.ok ? {} : result.problems),
        ...(spoils.ok ? {} : { spoils: spoils.problem }),
      };
      setProblems(found);
      const first = (['title', 'body', 'spoils'] as const).find((field) => found[field]);
      if (first) document.getElementById(ids[first])?.focus();
      return;
    }
    setProblems({});
    draftDropped(draftKey);
    onSave(result.note);
  }

  function changed(next: NoteDraft, nextSafe: boolean) {
    setDraft(next);
    setSafe(nextSafe);
    const asSaved = { ...next, spoils: nextSafe ? '' : next.spoils };
    const untouched = (Object.keys(asSaved) as NoteField[]).every(
      (key) => asSaved[key] === initial[key],
    );
    if (untouched) draftDropped(draftKey);
    else draftKept(draftKey, { ...next, safe: nextSafe });
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
          onChange={(event) => changed({ ...draft, title: event.currentTarget.value }, safe)}
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
          onChange={(event) => changed({ ...draft, body: event.currentTarget.value }, safe)}
        />
        <p id={ids.hint} className="hint">
          Markdown: **bold**, _italic_, [a link](https://example.com), lists. HTML shows as text.
        </p>
        {problemFor('body')}
      </div>
      <div className="note-field">
        <label htmlFor={ids.spoils}>Spoils</label>
        <input
          id={ids.spoils}
          type="text"
          list={ids.suggestions}
          value={safe ? '' : draft.spoils}
          disabled={safe}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problems.spoils ? true : undefined}
          aria-describedby={describedBy('spoils', `${ids.spoils}-hint`)}
          onChange={(event) => changed({ ...draft, spoils: event.currentTarget.value }, safe)}
        />
        <datalist id={ids.suggestions}>
          {spoilsPicker.suggestions.map((option) => (
            <option key={option.code} value={option.code}>
              {option.label}
            </option>
          ))}
        </datalist>
        <p id={`${ids.spoils}-hint`} className="hint">
          An episode code, such as S1E4: the note stays covered until you have watched it.
        </p>
        <label className="note-safe">
          <input
            type="checkbox"
            checked={safe}
            onChange={(event) => changed(draft, event.currentTarget.checked)}
          />{' '}
          Spoils nothing: safe at any point
        </label>
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

import { useId, useMemo, useRef, useState } from 'react';
import type { CoveredNotesView } from '../../domain/pages/notes-view';
import type { SpoilsPicker } from '../../domain/pages/spoils-picker';
import type { StoredNote } from '../../storage/database';
import { useActiveProfileId } from '../../stores/active-profile';
import { noteDeleted, noteSaved, useOwnNote } from '../../stores/notes-store';
import { NoteActions } from './note-actions';
import { noteEditDraftKey } from './kept-draft';
import { NoteForm } from './note-form';
import './notes.css';
import '../shared/placeholder.css';

/**
 * The user's own notes the gate covers, listed by when they open only, so they can be edited or
 * deleted without being revealed. Edit shows the note's text in the form: it is the user's own
 * text, asked for on purpose. Delete never shows it.
 */
export function CoveredNotesSection({ showId, view }: { showId: string; view: CoveredNotesView }) {
  const headingId = useId();
  const [status, setStatus] = useState('');
  const covered = view.items;
  if (covered.length === 0 && status === '') return null;
  return (
    <section className="panel covered-notes" aria-labelledby={headingId}>
      <h2 id={headingId}>Your covered notes</h2>
      <p role="status" className="status">
        {status}
      </p>
      {covered.length === 0 ? (
        <p>None of your notes is covered.</p>
      ) : (
        <ul className="entry-list">
          {covered.map(({ noteId, opensAfter }, index) => (
            // Keyed by note, so an open edit stays with its note; React keys never reach the page.
            <CoveredNoteItem
              key={noteId}
              showId={showId}
              noteId={noteId}
              opensAfter={opensAfter}
              spoilsPicker={view.spoilsPicker}
              position={index + 1}
              onSaved={(changed) => {
                void noteSaved(changed);
                setStatus('Saved your covered note.');
              }}
              onDeleted={() => {
                void noteDeleted(showId, noteId);
                setStatus('Deleted your covered note.');
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function CoveredNoteItem({
  showId,
  noteId,
  opensAfter,
  spoilsPicker,
  position,
  onSaved,
  onDeleted,
}: {
  showId: string;
  noteId: string;
  opensAfter: string;
  spoilsPicker: (spoils: string | null) => SpoilsPicker;
  position: number;
  onSaved: (note: StoredNote) => void;
  onDeleted: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const named = (
    <>
      {' '}
      <span className="visually-hidden">covered note {position}</span>
    </>
  );

  if (editing) {
    return (
      <CoveredNoteEditor
        showId={showId}
        noteId={noteId}
        heading={`Edit covered note ${position}`}
        spoilsPicker={spoilsPicker}
        onSaved={(changed) => {
          setEditing(false);
          onSaved(changed);
        }}
        onCancel={() => {
          setEditing(false);
          requestAnimationFrame(() => editRef.current?.focus());
        }}
      />
    );
  }
  return (
    <li className="covered-note">
      <p className="placeholder-text">
        <span className="placeholder-kind">Note</span> ·{' '}
        <span className="placeholder-opens">Opens after {opensAfter}</span>
      </p>
      <NoteActions
        named={named}
        question={`Delete your note that opens after ${opensAfter}?`}
        editRef={editRef}
        onEdit={() => setEditing(true)}
        onDelete={onDeleted}
      />
    </li>
  );
}

/** The note's own text, asked for on purpose by Edit: the notes store gives it only now. */
function CoveredNoteEditor({
  showId,
  noteId,
  heading,
  spoilsPicker,
  onSaved,
  onCancel,
}: {
  showId: string;
  noteId: string;
  heading: string;
  spoilsPicker: (spoils: string | null) => SpoilsPicker;
  onSaved: (note: StoredNote) => void;
  onCancel: () => void;
}) {
  const note = useOwnNote(showId, noteId);
  const draftKey = noteEditDraftKey(useActiveProfileId(), showId, noteId);
  // A covered note stays tied to its episode, even one the show no longer lists: saving must
  // never make it safe for anyone unasked.
  const picker = useMemo(() => spoilsPicker(note?.spoils ?? null), [spoilsPicker, note?.spoils]);
  if (!note) return null;
  return (
    <li>
      <NoteForm
        key={draftKey}
        heading={heading}
        initial={{ title: note.title ?? '', body: note.body, spoils: note.spoils ?? '' }}
        draftKey={draftKey}
        identity={() => ({ id: note.id, showId: note.showId, updatedAt: Date.now() })}
        spoilsPicker={picker}
        submitLabel="Save changes"
        onSave={onSaved}
        onCancel={onCancel}
      />
    </li>
  );
}

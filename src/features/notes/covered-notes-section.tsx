import { useId, useMemo, useRef, useState } from 'react';
import { noteView } from '../../domain/views';
import type { StoredNote } from '../../storage/database';
import { noteDeleted, noteSaved } from '../../stores/notes-store';
import { useGate } from '../../stores/use-gate';
import { useShowNotes } from '../../stores/use-show-notes';
import { ConfirmDialog } from '../shared/confirm-dialog';
import { NoteForm } from './note-form';
import { useSpoilsOptions } from './use-spoils-options';
import './notes.css';

interface CoveredNote {
  note: StoredNote;
  opensAfter: string;
}

/**
 * The user's own notes the gate covers, listed by when they open only, so they can be edited or
 * deleted without being revealed. Edit shows the note's text in the form: it is the user's own
 * text, asked for on purpose. Delete never shows it.
 */
export function CoveredNotesSection({ showId }: { showId: string }) {
  const headingId = useId();
  const notesState = useShowNotes(showId);
  const gate = useGate(showId);
  const [status, setStatus] = useState('');
  const covered = useMemo<CoveredNote[]>(() => {
    if (notesState.status !== 'ready' || gate.status !== 'ready') return [];
    return notesState.notes.flatMap((note) => {
      const view = noteView(gate, note);
      if (view.state !== 'covered') return [];
      return [{ note, opensAfter: view.opensAfter ?? 'an episode this show does not list' }];
    });
  }, [notesState, gate]);
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
          {covered.map(({ note, opensAfter }, index) => (
            // Keyed by note, so an open edit stays with its note; React keys never reach the page.
            <CoveredNoteItem
              key={note.id}
              note={note}
              opensAfter={opensAfter}
              position={index + 1}
              onSaved={(changed) => {
                void noteSaved(changed);
                setStatus('Saved your covered note.');
              }}
              onDeleted={() => {
                void noteDeleted(showId, note.id);
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
  note,
  opensAfter,
  position,
  onSaved,
  onDeleted,
}: {
  note: StoredNote;
  opensAfter: string;
  position: number;
  onSaved: (note: StoredNote) => void;
  onDeleted: () => void;
}) {
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const deleteRef = useRef<HTMLButtonElement>(null);
  const spoilsOptions = useSpoilsOptions(note.showId);
  const named = (
    <>
      {' '}
      <span className="visually-hidden">covered note {position}</span>
    </>
  );

  if (editing) {
    const listed = spoilsOptions.some((option) => option.code === note.spoils);
    return (
      <li>
        <NoteForm
          heading={`Edit covered note ${position}`}
          initial={{
            title: note.title ?? '',
            body: note.body,
            spoils: note.spoils !== null && listed ? note.spoils : '',
          }}
          identity={() => ({ id: note.id, showId: note.showId, updatedAt: Date.now() })}
          spoilsOptions={spoilsOptions}
          submitLabel="Save changes"
          onSave={(changed) => {
            setEditing(false);
            onSaved(changed);
          }}
          onCancel={() => {
            setEditing(false);
            requestAnimationFrame(() => editRef.current?.focus());
          }}
        />
      </li>
    );
  }
  return (
    <li className="covered-note">
      <p className="placeholder-text">
        <span className="placeholder-kind">Note</span> ·{' '}
        <span className="placeholder-opens">Opens after {opensAfter}</span>
      </p>
      <div className="note-actions">
        <button
          ref={editRef}
          type="button"
          className="button-quiet"
          onClick={() => setEditing(true)}
        >
          Edit{named}
        </button>
        <button
          ref={deleteRef}
          type="button"
          className="button-quiet"
          onClick={() => setConfirmingDelete(true)}
        >
          Delete{named}
        </button>
      </div>
      {confirmingDelete ? (
        <ConfirmDialog
          question={`Delete your note that opens after ${opensAfter}?`}
          details={<p>This cannot be undone. A backup or exported pack you saved keeps a copy.</p>}
          confirmLabel="Delete"
          onConfirm={() => {
            setConfirmingDelete(false);
            onDeleted();
          }}
          onCancel={() => setConfirmingDelete(false)}
          returnFocusTo={deleteRef}
        />
      ) : null}
    </li>
  );
}

import { useId, useMemo, useState } from 'react';
import { isItemVisible, type Gate } from '../../domain/gate';
import { noteRevealKey } from '../../domain/reveal-keys';
import { noteView } from '../../domain/views';
import type { StoredNote } from '../../storage/database';
import { newNoteId, noteDeleted, noteSaved } from '../../stores/notes-store';
import { itemRevealed } from '../../stores/reveals-store';
import { useGate } from '../../stores/use-gate';
import { useShowNotes } from '../../stores/use-show-notes';
import { LoadingState } from '../shared/loading-state';
import { useFocusAfterChange } from '../shared/use-focus-after-change';
import { NoteForm } from './note-form';
import { NoteItem, type NoteView } from './note-item';
import { useSpoilsOptions } from './use-spoils-options';
import './notes.css';

interface NoteListItem {
  view: NoteView;
  /** Kept out of the page: used only when the user reveals this note. */
  revealKey: string;
}

function noteItems(gate: Gate, notes: readonly StoredNote[]): NoteListItem[] {
  return notes.map((note) => {
    const view = noteView(gate, note);
    return {
      view: view.state === 'visible' ? { state: 'visible', note } : view,
      revealKey: noteRevealKey(note.id),
    };
  });
}

/**
 * The user's own notes on one episode, in Markdown, each tagged with the episode it spoils and
 * gated like everything else. Notes whose episode is not listed (none, or one the show dropped
 * on a replace) are shown under their own heading on every episode page, so none is out of reach.
 */
export function NotesSection({ showId, code }: { showId: string; code: string }) {
  const headingId = useId();
  const notesState = useShowNotes(showId);
  const gate = useGate(showId);
  const [formKey, setFormKey] = useState(0);
  const [status, setStatus] = useState('');
  const notes = notesState.status === 'ready' ? notesState.notes : null;
  const { ref: headingRef, expectChange } = useFocusAfterChange<HTMLHeadingElement>(notes);

  const spoilsOptions = useSpoilsOptions(showId);
  const listedCodes = useMemo(() => new Set(spoilsOptions.map((o) => o.code)), [spoilsOptions]);
  const onThisEpisode = useMemo(
    () =>
      noteItems(
        gate,
        (notes ?? []).filter((note) => note.spoils === code),
      ),
    [notes, code, gate],
  );
  const unlisted = useMemo(
    () =>
      noteItems(
        gate,
        (notes ?? []).filter((note) => note.spoils === null || !listedCodes.has(note.spoils)),
      ),
    [notes, listedCodes, gate],
  );

  /** Says what happened to a saved note, never echoing the title of one the gate covers. */
  function saved(note: StoredNote, verb: string) {
    void noteSaved(note);
    const visible = isItemVisible(gate, note.spoils, noteRevealKey(note.id));
    const elsewhere = note.spoils !== null && note.spoils !== code && listedCodes.has(note.spoils);
    const covered = visible ? '' : ', covered until you have watched it';
    setStatus(
      [
        `${verb} ${visible ? `“${note.title ?? ''}”` : 'your note'}.`,
        elsewhere ? `It spoils ${note.spoils}, so it is on that episode’s page${covered}.` : '',
        !elsewhere && !visible ? `It stays covered until you have watched ${note.spoils}.` : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  }

  const itemProps = {
    spoilsOptions,
    pageCode: code,
    onSave: (note: StoredNote) => saved(note, 'Saved'),
    onDelete: (note: StoredNote) => {
      expectChange();
      void noteDeleted(showId, note.id);
      setStatus(`Deleted “${note.title ?? ''}”.`);
    },
  };

  return (
    <section className="panel notes-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Your notes
      </h2>
      <p role="status" className="status">
        {status}
      </p>
      {notesState.status === 'loading' || gate.status === 'loading' ? (
        <LoadingState>Loading your notes…</LoadingState>
      ) : notesState.status === 'unreadable' ? (
        <p className="problem">{notesState.problem}</p>
      ) : (
        <>
          {onThisEpisode.length === 0 ? (
            <p>You have no notes on this episode yet.</p>
          ) : (
            <ul className="entry-list">
              {onThisEpisode.map(({ view, revealKey }) => (
                // Keyed by note, so an open edit stays with its note when others come and go.
                // React keys never reach the page.
                <NoteItem
                  key={revealKey}
                  view={view}
                  headingLevel={3}
                  onReveal={() => void itemRevealed(showId, revealKey)}
                  {...itemProps}
                />
              ))}
            </ul>
          )}
          {unlisted.length > 0 ? (
            <>
              <h3>Notes not tied to an episode this show lists</h3>
              <ul className="entry-list">
                {unlisted.map(({ view, revealKey }) => (
                  <NoteItem
                    key={revealKey}
                    view={view}
                    headingLevel={4}
                    onReveal={() => void itemRevealed(showId, revealKey)}
                    {...itemProps}
                  />
                ))}
              </ul>
            </>
          ) : null}
          <NoteForm
            key={formKey}
            heading="Add a note"
            initial={{ title: '', body: '', spoils: code }}
            identity={() => ({ id: newNoteId(), showId, updatedAt: Date.now() })}
            spoilsOptions={spoilsOptions}
            submitLabel="Save note"
            onSave={(note) => {
              setFormKey((key) => key + 1);
              saved(note, 'Added');
            }}
          />
        </>
      )}
    </section>
  );
}

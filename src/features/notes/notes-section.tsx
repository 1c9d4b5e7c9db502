import { useId, useState } from 'react';
import type { EpisodeNotesView, NoteItemView } from '../../domain/pages/notes-view';
import type { StoredNote } from '../../storage/database';
import { useActiveProfileId } from '../../stores/active-profile';
import { newNoteId, noteDeleted, noteSaved } from '../../stores/notes-store';
import { noteVersionChosen } from '../../stores/note-version-chosen';
import { itemRevealed } from '../../stores/reveal-actions';
import { IsolatedText } from '../shared/isolated-text';
import { LoadingState } from '../shared/loading-state';
import { useFocusAfterChange } from '../shared/use-focus-after-change';
import { newNoteDraftKey } from './kept-draft';
import { NoteForm } from './note-form';
import { NoteItem } from './note-item';
import './notes.css';

type LastChange = { note: StoredNote; verb: string } | 'deleted';

/** React keys of notes: by note, so an open edit stays with its note; keys never reach the page. */
const noteKey = (view: NoteItemView) => (view.state === 'visible' ? view.note.id : view.noteId);

/**
 * The user's own notes on one episode, in Markdown, each tagged with the episode it spoils and
 * gated like everything else. Notes whose episode is not listed (none, or one the show dropped
 * on a replace) are shown under their own heading on every episode page, so none is out of reach.
 */
export function NotesSection({
  showId,
  code,
  view,
}: {
  showId: string;
  code: string;
  view: EpisodeNotesView;
}) {
  const headingId = useId();
  const draftKey = newNoteDraftKey(useActiveProfileId(), showId, code);
  const [formKey, setFormKey] = useState(0);
  // What was last done, not a finished sentence: said again from the view on every render, so a
  // note covered since (by unmarking) is no longer named.
  const [lastChange, setLastChange] = useState<LastChange | null>(null);
  const { ref: headingRef, expectChange } = useFocusAfterChange<HTMLHeadingElement>(
    view.onThisEpisode,
  );
  const { onThisEpisode, unlisted, spoilsPicker } = view;

  function saved(note: StoredNote, verb: string) {
    void noteSaved(note);
    setLastChange({ note, verb });
  }

  const itemProps = {
    spoilsPicker,
    pageCode: code,
    onSave: (note: StoredNote) => saved(note, 'Saved'),
    onDelete: (note: StoredNote) => {
      expectChange();
      void noteDeleted(showId, note.id);
      setLastChange('deleted');
    },
    onKeepVersion: (noteId: string, rev: string) => noteVersionChosen(showId, noteId, rev),
  };

  return (
    <section className="panel notes-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        Your notes
      </h2>
      <p role="status" className="status">
        {lastChange === 'deleted' ? (
          'Deleted your note.'
        ) : lastChange ? (
          <IsolatedText text={view.describeSaved(lastChange.note, lastChange.verb)} />
        ) : (
          ''
        )}
      </p>
      {view.status.status === 'loading' ? (
        <LoadingState>Loading your notes…</LoadingState>
      ) : view.status.status === 'unreadable' ? (
        <p className="problem">{view.status.problem}</p>
      ) : (
        <>
          {onThisEpisode.length === 0 ? (
            <p>You have no notes on this episode yet.</p>
          ) : (
            <ul className="entry-list">
              {onThisEpisode.map((note) => (
                <NoteItem
                  key={noteKey(note)}
                  view={note}
                  showId={showId}
                  headingLevel={3}
                  onReveal={(revealKey) => void itemRevealed(showId, revealKey)}
                  {...itemProps}
                />
              ))}
            </ul>
          )}
          {unlisted.length > 0 ? (
            <>
              <h3>Notes not tied to an episode this show lists</h3>
              <ul className="entry-list">
                {unlisted.map((note) => (
                  <NoteItem
                    key={noteKey(note)}
                    view={note}
                    showId={showId}
                    headingLevel={4}
                    onReveal={(revealKey) => void itemRevealed(showId, revealKey)}
                    {...itemProps}
                  />
                ))}
              </ul>
            </>
          ) : null}
          <NoteForm
            // A new form for each note, and for each profile's draft: one profile's unsaved text
            // must not stay in the form when another takes the screen.
            key={`${draftKey}#${formKey}`}
            heading="Add a note"
            initial={{ title: '', body: '', spoils: code }}
            draftKey={draftKey}
            identity={() => ({ id: newNoteId(), showId, updatedAt: Date.now() })}
            spoilsPicker={spoilsPicker}
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

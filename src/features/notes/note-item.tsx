import { useRef, useState } from 'react';
import type { StoredNote } from '../../storage/database';
import { useActiveProfileId } from '../../stores/active-profile';
import { itemHiddenAgain } from '../../stores/reveal-actions';
import { EntryArticle } from '../shared/entry-article';
import { GatedListItem } from '../shared/gated-list-item';
import { peekOf } from '../shared/peek-of';
import { useFocusAfterChange } from '../shared/use-focus-after-change';
import { usePeekSeconds } from '../../stores/settings-store';
import { isolated } from '../../domain/isolated';
import { isPeeked, type ShownItem } from '../../domain/page-items';
import type { NoteItemView, NoteVersionView } from '../../domain/pages/notes-view';
import type { SpoilsPicker } from '../../domain/pages/spoils-picker';
import { keptDraft, noteEditDraftKey } from './kept-draft';
import { NoteActions } from './note-actions';
import { NoteForm } from './note-form';
import { NoteVersionChoice } from './note-version-choice';

interface NoteItemProps {
  view: NoteItemView;
  showId: string;
  headingLevel: 3 | 4;
  spoilsPicker: SpoilsPicker;
  /** The episode whose page this is, offered when the note's own episode is no longer listed. */
  pageCode: string;
  onReveal: (revealKey: string) => void;
  onSave: (note: StoredNote) => void;
  onDelete: (note: StoredNote) => void;
  /** Keeps one version of a note edited on two devices. */
  onKeepVersion: (noteId: string, rev: string) => void;
}

/**
 * One of the user's notes: in full with Edit and Delete when visible, else a placeholder. One
 * peeked at shows read-only: it is there to be read for a few seconds, not changed.
 */
export function NoteItem({ view, showId, onReveal, ...rest }: NoteItemProps) {
  const hidden = view.state === 'visible' ? view.item.hideKey : null;
  const peekSeconds = usePeekSeconds();
  const peek = peekOf(showId, view.state === 'visible' ? view.item : view, peekSeconds);
  return (
    <GatedListItem
      covered={view.state === 'covered' ? { kindLabel: 'Note', opensAfter: view.opensAfter } : null}
      onReveal={() => view.state === 'covered' && onReveal(view.revealKey)}
      onHideAgain={hidden === null ? undefined : () => void itemHiddenAgain(showId, hidden)}
      peek={peek}
    >
      {view.state !== 'visible' ? null : isPeeked(view.item) ? (
        <EntryArticle showId={showId} item={view.item} headingLevel={rest.headingLevel} />
      ) : (
        <VisibleNote {...rest} item={view.item} note={view.note} versions={view.versions} />
      )}
    </GatedListItem>
  );
}

function VisibleNote({
  item,
  note,
  versions,
  headingLevel,
  spoilsPicker,
  pageCode,
  onSave,
  onDelete,
  onKeepVersion,
}: Omit<NoteItemProps, 'view' | 'showId' | 'onReveal'> & {
  item: ShownItem;
  note: StoredNote;
  versions: readonly NoteVersionView[];
}) {
  const draftKey = noteEditDraftKey(useActiveProfileId(), note.showId, note.id);
  // An edit a reload interrupted opens again with its text, on a note visible now.
  const [editing, setEditing] = useState(() => keptDraft(draftKey) !== null);
  const editRef = useRef<HTMLButtonElement>(null);
  // Once the kept version is stored, its button is gone: focus goes to the note's Edit.
  const { expectChange: expectVersionKept } = useFocusAfterChange(versions.length === 0, editRef);
  const named = (
    <>
      {' '}
      <span className="visually-hidden">
        “<bdi>{note.title}</bdi>”
      </span>
    </>
  );

  if (editing) {
    return (
      <NoteForm
        key={draftKey}
        heading={`Edit “${isolated(note.title ?? '')}”`}
        initial={{
          title: note.title ?? '',
          body: note.body,
          spoils:
            note.spoils === null ? '' : spoilsPicker.accepts(note.spoils) ? note.spoils : pageCode,
        }}
        draftKey={draftKey}
        identity={() => ({ id: note.id, showId: note.showId, updatedAt: Date.now() })}
        spoilsPicker={spoilsPicker}
        submitLabel="Save changes"
        onSave={(changed) => {
          setEditing(false);
          onSave(changed);
        }}
        onCancel={() => {
          setEditing(false);
          requestAnimationFrame(() => editRef.current?.focus());
        }}
      />
    );
  }
  return (
    <>
      <EntryArticle showId={note.showId} item={item} headingLevel={headingLevel} />
      <NoteActions
        named={named}
        question={`Delete the note “${isolated(note.title ?? '')}”?`}
        editRef={editRef}
        onEdit={() => setEditing(true)}
        onDelete={() => onDelete(note)}
      />
      <NoteVersionChoice
        versions={versions}
        headingLevel={headingLevel === 3 ? 4 : 5}
        onKeep={(rev) => {
          expectVersionKept();
          onKeepVersion(note.id, rev);
        }}
      />
    </>
  );
}

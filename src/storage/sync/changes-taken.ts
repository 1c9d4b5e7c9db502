import type { PouchRecord } from 'pouchdb-browser';
import type { CodeOrder } from '../../domain/episode-order';
import type { ItemKind, SyncedItem } from '../../domain/sync-items';
import type { SyncedNote } from '../../domain/sync-notes';
import type { PreviouslyDatabase } from '../database';
import type { TabMessage } from '../tab-sync';
import { itemConflictSettled, itemsChanged, readItem, showItemsTaken } from './item-sync';
import type { Mirror } from './mirror';
import type { NoteVersions } from '../../domain/sync-notes';
import type { SyncedSetting } from '../../domain/sync-settings';
import { noteConflictRead, readNote, showNotesTaken } from './note-sync';
import { fromNewerApp, ownVersion } from './records-sent';
import { readShow } from './show-sync';
import { readSetting, settingConflictSettled, settingsTaken } from './setting-sync';

export interface TakenChanges {
  /** Where the next call starts. */
  upTo: number | string;
  /** What the stores and other tabs read again. */
  messages: TabMessage[];
  /** Note records whose versions were read, by record id: a choice to ask for, or null once none is. */
  noteVersions: Map<string, NoteVersions | null>;
  /** Whether a record a newer version of Previously wrote was met, and left as it is. */
  newerRecords: boolean;
  /** Whether the shows the profile follows changed. */
  showsChanged: boolean;
  /** Shows whose records this device changed later than the server's version: to send again. */
  newerHere: { kind: SyncedKind; showId: string }[];
}

export type SyncedKind = ItemKind | 'note';

interface Context {
  mirror: Mirror;
  own: Set<string>;
  database: PreviouslyDatabase;
  profileId: string;
  orderOf(showId: string): CodeOrder | undefined;
}

const conflictsOf = (record: PouchRecord) => record._conflicts ?? [];

/**
 * Takes the mirror's changes since `since` into the app's storage: marks, reveals and settings,
 * with versions from two devices settled by time, and notes, whose differing versions are kept for the person to choose.
 */
export async function changesTaken(
  { mirror, database, profileId, orderOf, own }: Context,
  since: number | string,
): Promise<TakenChanges> {
  const changes = await mirror.changes({ since, include_docs: true, conflicts: true });
  const items = new Map<string, { kind: ItemKind; showId: string; records: SyncedItem[] }>();
  const notes = new Map<string, SyncedNote[]>();
  const noteVersions = new Map<string, NoteVersions | null>();
  let newerRecords = false;
  let showsChanged = false;
  const settings: SyncedSetting[] = [];
  for (const { doc: record, deleted } of changes.results) {
    if (!record || deleted) continue;
    // This device's own version, sent a moment ago: what it says is already so here.
    if (own.delete(ownVersion(record._id, record._rev)) && !record._conflicts) continue;
    const others = await Promise.all(
      conflictsOf(record).map((rev) => mirror.get(record._id, { rev })),
    );
    newerRecords ||= others.some(fromNewerApp);
    if (readShow(record)) {
      // Two devices that follow one show each named it: either record says the same.
      await Promise.all(
        others
          .filter((other) => readShow(other))
          .map(({ _rev }) => mirror.remove(record._id, _rev)),
      );
      showsChanged = true;
      continue;
    }
    const setting = readSetting(record);
    if (setting) {
      settings.push(
        others.length > 0
          ? await settingConflictSettled(mirror, { rev: record._rev, setting }, others)
          : setting,
      );
      continue;
    }
    const item = readItem(record);
    const note = readNote(record);
    if (item.readable) {
      const standing =
        others.length > 0
          ? await itemConflictSettled(
              mirror,
              record._id,
              { rev: record._rev, record: item.record },
              others,
            )
          : item.record;
      const group = `${standing.kind}\n${standing.showId}`;
      const { kind, showId } = standing;
      const records = items.get(group)?.records ?? [];
      items.set(group, { kind, showId, records: [...records, standing] });
    } else if (note.readable) {
      const versions =
        others.length > 0
          ? await noteConflictRead(
              mirror,
              record._id,
              { rev: record._rev, record: note.record },
              others,
            )
          : null;
      noteVersions.set(record._id, versions);
      // While versions wait for the person's choice, this device keeps its own and sends nothing.
      if (versions) continue;
      const { showId } = note.record;
      notes.set(showId, [...(notes.get(showId) ?? []), note.record]);
    } else {
      newerRecords ||= item.newer || note.newer;
    }
  }
  const messages: TabMessage[] = [];
  const newerHere: { kind: SyncedKind; showId: string }[] = [];
  for (const { kind, showId, records } of items.values()) {
    const order = orderOf(showId);
    const taken = await showItemsTaken(database, kind, profileId, showId, records, order);
    if (taken.changed) messages.push(itemsChanged(kind, showId));
    if (taken.newerHere) newerHere.push({ kind, showId });
  }
  for (const [showId, ofShow] of notes) {
    const taken = await showNotesTaken(database, profileId, showId, ofShow);
    if (taken.changed) messages.push({ type: 'notes', showId });
    if (taken.newerHere) newerHere.push({ kind: 'note', showId });
  }
  if (await settingsTaken(database, settings)) messages.push({ type: 'settings' });
  return { upTo: changes.last_seq, messages, noteVersions, newerRecords, showsChanged, newerHere };
}

/** Every note with versions to choose between, as the mirror holds them now. */
export async function noteChoicesRead(mirror: Mirror): Promise<Map<string, NoteVersions>> {
  const rows = await mirror.allDocs({
    include_docs: true,
    conflicts: true,
    startkey: 'note:',
    endkey: 'note:\uffff',
  });
  const choices = new Map<string, NoteVersions>();
  for (const { doc: record } of rows.rows) {
    const note = record && readNote(record);
    if (!record || !note?.readable || conflictsOf(record).length === 0) continue;
    const others = await Promise.all(
      conflictsOf(record).map((rev) => mirror.get(record._id, { rev })),
    );
    const versions = await noteConflictRead(
      mirror,
      record._id,
      { rev: record._rev, record: note.record },
      others,
    );
    if (versions) choices.set(record._id, versions);
  }
  return choices;
}

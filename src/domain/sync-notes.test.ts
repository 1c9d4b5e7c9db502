import { expect, test } from 'vitest';
import type { OwnNote } from './own-note';
import { noteToApply, notesToSend, type SyncedNote } from './sync-notes';

const note = (body: string, updatedAt: number): OwnNote => ({
  id: 'n-1',
  showId: 'ballard',
  kind: 'note',
  spoils: 'S1E2',
  title: 'A hunch',
  body,
  characters: [],
  keywords: [],
  date: null,
  source: null,
  updatedAt,
});

const synced = (saved: OwnNote | null, at: number): SyncedNote => ({
  kind: 'note',
  schema: 1,
  showId: 'ballard',
  noteId: 'n-1',
  note: saved,
  at,
});

test('sends a note that says something other than the synced version, timed after it', () => {
  expect(
    notesToSend('ballard', [note('Mine', 100)], [synced(note('Theirs', 400), 400)], 50),
  ).toEqual([synced(note('Mine', 401), 401)]);
});

test('sends nothing for a note the synced version already says', () => {
  expect(notesToSend('ballard', [note('Same', 100)], [synced(note('Same', 100), 100)], 50)).toEqual(
    [],
  );
});

test('sends a deletion, timed now, for a synced note this device no longer has', () => {
  expect(notesToSend('ballard', [], [synced(note('Gone', 100), 100)], 500)).toEqual([
    synced(null, 500),
  ]);
});

test('takes a later version and a later deletion, and keeps an edit made here after them', () => {
  expect(noteToApply(synced(note('Theirs', 300), 300), note('Mine', 200))).toBe('store');
  expect(noteToApply(synced(null, 300), note('Mine', 200))).toBe('remove');
  expect(noteToApply(synced(note('Theirs', 300), 300), note('Mine', 400))).toBe('keep');
  expect(noteToApply(synced(null, 300), undefined)).toBe('keep');
});

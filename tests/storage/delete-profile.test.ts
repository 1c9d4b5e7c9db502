import { expect, it } from 'vitest';
import { FIRST_PROFILE, openDatabase } from '../../src/storage/database';
import { loadNotes, saveNote } from '../../src/storage/notes-repository';
import { deleteProfile, profileCounts, saveProfile } from '../../src/storage/profile-changes';
import { freshDatabaseName } from '../ui/app-harness';
import { storedNote } from './stored-note';

const BEN = { id: 'profile-ben', name: 'Ben', createdAt: 10 };

it("counts a profile's notes before deleting it, and deletes those notes only", async () => {
  const database = await openDatabase(freshDatabaseName());
  await saveProfile(database, BEN);
  await saveNote(database, BEN.id, storedNote('note-ben-1', 'First'));
  await saveNote(database, BEN.id, storedNote('note-ben-2', 'Second', { showId: 'tiny' }));
  await saveNote(database, FIRST_PROFILE.id, storedNote('note-me', 'Mine'));

  expect(await profileCounts(database, BEN.id)).toEqual({ watched: 0, revealed: 0, notes: 2 });
  await deleteProfile(database, BEN.id);

  expect((await loadNotes(database, BEN.id, 'ballard')).notes).toEqual([]);
  expect((await loadNotes(database, BEN.id, 'tiny')).notes).toEqual([]);
  expect((await loadNotes(database, FIRST_PROFILE.id, 'ballard')).notes).toEqual([
    storedNote('note-me', 'Mine'),
  ]);
  database.close();
});

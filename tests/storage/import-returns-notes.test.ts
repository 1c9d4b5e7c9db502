import { expect, it } from 'vitest';
import { validatePack } from '../../src/domain/parse-pack';
import { FIRST_PROFILE, openDatabase, type StoredNoteRecord } from '../../src/storage/database';
import { importShow } from '../../src/storage/import-show';
import { loadNotes, saveNote } from '../../src/storage/notes-repository';
import { freshDatabaseName, readBallardPack } from '../ui/app-harness';
import { storedNote } from './stored-note';

const BEN_ID = 'profile-ben';

/** Ballard with notes of its own: one new, one differing from a stored note, one whose id another show's note holds. */
async function ballardWithNotes() {
  const document = JSON.parse(await readBallardPack()) as { entries: unknown[] };
  const note = (id: string, title: string) => ({
    id,
    kind: 'note',
    spoils: 'S1E1',
    title,
    body: 'From the pack.',
  });
  document.entries.push(
    note('note-a', 'New here'),
    note('note-k', 'Changed since'),
    note('taken-elsewhere', 'Same id as a note on Tiny'),
  );
  const result = validatePack(document);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.pack;
}

async function databaseWithNotes() {
  const database = await openDatabase(freshDatabaseName());
  await saveNote(database, FIRST_PROFILE.id, storedNote('note-m', 'Mine'));
  await saveNote(database, FIRST_PROFILE.id, storedNote('note-k', 'Kept'));
  await saveNote(
    database,
    FIRST_PROFILE.id,
    storedNote('taken-elsewhere', 'On Tiny', { showId: 'tiny' }),
  );
  await saveNote(database, BEN_ID, storedNote('note-ben', "Ben's"));
  return database;
}

it("returns the importing profile's notes on the show exactly as a read finds them afterwards", async () => {
  const database = await databaseWithNotes();

  const outcome = await importShow(database, await ballardWithNotes(), {
    profileId: FIRST_PROFILE.id,
  });

  const after = await loadNotes(database, FIRST_PROFILE.id, 'ballard');
  // Two stored, three from the pack (two under new ids): the merge wrote something to return.
  expect(after.notes).toHaveLength(5);
  expect(outcome.ok && outcome.storedNotes).toEqual({
    profileId: FIRST_PROFILE.id,
    notes: after.notes,
  });
  // It crosses from the import's worker by postMessage.
  expect(structuredClone(outcome)).toEqual(outcome);
  database.close();
});

it('returns no notes when a stored one cannot be read, so that a read sets it aside and says so', async () => {
  const database = await databaseWithNotes();
  await database.put('notes', {
    id: 'note-broken',
    profileId: FIRST_PROFILE.id,
    showId: 'ballard',
    kind: 'not a kind',
  } as unknown as StoredNoteRecord);

  const outcome = await importShow(database, await ballardWithNotes(), {
    profileId: FIRST_PROFILE.id,
  });

  expect(outcome.ok && outcome.storedNotes).toBeNull();
  database.close();
});

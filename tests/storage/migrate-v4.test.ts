import { afterEach, expect, it } from 'vitest';
import { parsePackText } from '../../src/domain/parse-pack';
import { DATABASE_VERSION, openDatabase } from '../../src/storage/database';
import { loadNotes } from '../../src/storage/notes-repository';
import { loadProfiles } from '../../src/storage/profiles-repository';
import { loadProfileItems } from '../../src/storage/repository';
import { freshDatabaseName, readBallardPack } from '../ui/app-harness';
import { createEarlierDatabase } from './earlier-database';
import { storedNote } from './stored-note';

const opened: { close(): void }[] = [];
afterEach(() => opened.splice(0).forEach((database) => database.close()));

const hunch = storedNote('note-1', 'A hunch about the finale', {
  spoils: 'S1E10',
  body: 'Someone close.',
});

it('gives everything a version 4 database held to the first profile, named "Me"', async () => {
  const parsed = parsePackText(await readBallardPack());
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const name = freshDatabaseName();
  await createEarlierDatabase(name, 4, parsed.pack, (transaction) => {
    for (const code of ['S1E1', 'S1E2', 'S1E3']) {
      transaction.objectStore('progress').put({ watchedAt: 1 }, ['ballard', code]);
    }
    transaction.objectStore('reveals').put({ revealedAt: 1 }, ['ballard', 'episode#q0b3x7:S1E5']);
    transaction.objectStore('notes').put(hunch);
  });

  const database = await openDatabase(name);
  opened.push(database);

  expect(database.version).toBe(DATABASE_VERSION);
  const { profiles, activeProfileId } = await loadProfiles(database);
  expect(profiles).toEqual([expect.objectContaining({ name: 'Me' })]);
  expect(activeProfileId).toBe(profiles[0]?.id);
  const { watched, revealed } = await loadProfileItems(database, activeProfileId);
  expect(watched).toEqual(new Map([['ballard', new Set(['S1E1', 'S1E2', 'S1E3'])]]));
  expect(revealed).toEqual(new Map([['ballard', new Set(['episode#q0b3x7:S1E5'])]]));
  expect(await loadNotes(database, activeProfileId, 'ballard')).toEqual({
    notes: [hunch],
    problems: [],
  });
});

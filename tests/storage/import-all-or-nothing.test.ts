import { act, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { validatePack } from '../../src/domain/parse-pack';
import { openDatabase } from '../../src/storage/database';
import { saveShow } from '../../src/storage/repository';
import { splitPack } from '../../src/stores/library-store';
import { episodesMarked } from '../../src/stores/progress-marks';
import { itemRevealed } from '../../src/stores/reveal-actions';
import { showImported } from '../../src/stores/show-import';
import { freshDatabaseName, readBallardPack, startTestApp, stopTestApp } from '../ui/app-harness';
import { dumpDatabase } from './database-dump';
import { putFailsLater, putThrowsAtOnce } from './failing-writes';

afterEach(() => {
  stopTestApp();
  vi.restoreAllMocks();
});

/** Ballard again, renamed, with one note of its own to merge: every store gets a write. */
async function ballardReplacement() {
  const document = JSON.parse(await readBallardPack()) as {
    show: { title: string };
    entries: unknown[];
  };
  document.show.title = 'Ballard, revised';
  document.entries.push({
    id: 'pack-note',
    kind: 'note',
    spoils: 'S1E1',
    title: 'From the pack',
    body: 'A note the pack brings.',
  });
  const result = validatePack(document);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.pack;
}

async function browserWithMarks() {
  const { databaseName } = await startTestApp('/');
  await screen.findByRole('heading', { level: 1 });
  await act(async () => {
    await episodesMarked('ballard', ['S1E1', 'S1E2'], true);
    await itemRevealed('ballard', 'episode:S1E5');
  });
  return databaseName;
}

it.each([
  ['cannot be cloned, after the show was written', putThrowsAtOnce, 'DataCloneError'],
  ['fail after they were queued', putFailsLater, 'ConstraintError'],
])('changes nothing when the recaps %s', async (_, recapsFail, errorName) => {
  const databaseName = await browserWithMarks();
  const pack = await ballardReplacement();
  const before = await dumpDatabase(databaseName);
  recapsFail('entries');

  const outcome = await showImported(pack);

  expect(await dumpDatabase(databaseName)).toEqual(before);
  expect(outcome).toEqual({
    ok: false,
    problems: [
      `Could not store “\u2068Ballard, revised\u2069”: writing its recaps failed (${errorName}). Nothing was changed.`,
    ],
  });
});

it('stores a show whole or not at all, as when the built-in show is first stored', async () => {
  const database = await openDatabase(freshDatabaseName());
  const { stored, entries } = splitPack(await ballardReplacement());
  putThrowsAtOnce('entries');

  await expect(saveShow(database, stored, entries)).rejects.toThrow();

  expect(await database.count('shows')).toBe(0);
  database.close();
});

import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { validatePack } from '../../src/domain/parse-pack';
import { FIRST_PROFILE, openDatabase } from '../../src/storage/database';
import { saveNote } from '../../src/storage/notes-repository';
import { saveShow } from '../../src/storage/repository';
import { splitPack } from '../../src/stores/library-store';
import { episodesMarked } from '../../src/stores/progress-marks';
import { itemRevealed } from '../../src/stores/reveal-actions';
import { showImported } from '../../src/stores/show-import';
import { freshDatabaseName, readBallardPack, startTestApp, stopTestApp } from '../ui/app-harness';
import { sentence } from '../ui/sentence';
import { dumpDatabase } from './database-dump';
import { putFailsLater, putThrowsAtOnce } from './failing-writes';
import { storedNote } from './stored-note';

afterEach(() => {
  stopTestApp();
  vi.restoreAllMocks();
});

/** Ballard again, renamed, with one note of its own to merge: every store gets a write. */
async function ballardReplacementFile() {
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
  return document;
}

async function ballardReplacement() {
  const result = validatePack(await ballardReplacementFile());
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.pack;
}

async function browserWithMarks(path = '/') {
  const app = await startTestApp(path);
  await screen.findByRole('heading', { level: 1 });
  await act(async () => {
    await episodesMarked('ballard', ['S1E1', 'S1E2'], true);
    await itemRevealed('ballard', 'episode:S1E5');
  });
  const writer = await openDatabase(app.databaseName);
  await saveNote(writer, FIRST_PROFILE.id, storedNote('note-mine', 'Mine'));
  writer.close();
  return app;
}

/** The replacement as the user picks it, after saying yes to replacing Ballard. */
async function replaceBallardFromFile(user: Awaited<ReturnType<typeof startTestApp>>['user']) {
  const file = new File([JSON.stringify(await ballardReplacementFile())], 'ballard-revised.json', {
    type: 'application/json',
  });
  await user.upload(screen.getByLabelText('Import recap pack'), file);
  const dialog = await screen.findByRole('alertdialog', { name: 'Replace “Ballard, revised”?' });
  await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
}

/**
 * Another tab's long write, as far as an import can tell: a readwrite transaction on the shows
 * kept busy until released, so an import waits in its Saving stage.
 */
async function holdShows(databaseName: string): Promise<() => Promise<void>> {
  const database = await openDatabase(databaseName);
  const store = database.transaction('shows', 'readwrite').objectStore('shows');
  let held = true;
  const keepBusy = (): unknown => held && store.get('ballard').then(keepBusy);
  const busy = keepBusy();
  return async () => {
    held = false;
    await busy;
    database.close();
  };
}

it.each([
  ['cannot be cloned, after the show was written', putThrowsAtOnce, 'DataCloneError'],
  ['fail after they were queued', putFailsLater, 'ConstraintError'],
])('changes nothing when the recaps %s', async (_, recapsFail, errorName) => {
  const { databaseName } = await browserWithMarks();
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

it.each([
  ['cannot be cloned, after the show was written', putThrowsAtOnce, 'DataCloneError'],
  ['fail after they were queued', putFailsLater, 'ConstraintError'],
])('an import from a file changes nothing when the recaps %s', async (_, recapsFail, errorName) => {
  const { databaseName, user } = await browserWithMarks('/add');
  const before = await dumpDatabase(databaseName);
  recapsFail('entries');

  await replaceBallardFromFile(user);

  const problems = await within(
    screen.getByRole('region', { name: 'From a recap pack file' }),
  ).findByRole('alert');
  expect(problems).toHaveTextContent(
    `Ballard, revised was not saved, and nothing was changed:Could not store “Ballard, revised”: writing its recaps failed (${errorName}). Nothing was changed.`,
  );
  vi.restoreAllMocks();
  expect(await dumpDatabase(databaseName)).toEqual(before);
});

it('shows the stage of an import, and Cancel while saving leaves the show and its marks whole', async () => {
  const { databaseName, user } = await browserWithMarks('/add');
  const before = await dumpDatabase(databaseName);
  const release = await holdShows(databaseName);

  await replaceBallardFromFile(user);
  const progress = await screen.findByRole('progressbar', { name: 'Import progress' });
  await within(screen.getByRole('region', { name: 'From a recap pack file' })).findByText(
    sentence('Saving Ballard, revised…'),
  );
  expect(progress).toHaveAttribute('aria-valuetext', expect.stringMatching(/^Saving: \d+%$/));
  await user.click(screen.getByRole('button', { name: 'Cancel import' }));

  expect(await screen.findByText('Import cancelled. Nothing was changed.')).toBeVisible();
  expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  await release();
  expect(await dumpDatabase(databaseName)).toEqual(before);
});

it('stores a show whole or not at all, as when the built-in show is first stored', async () => {
  const database = await openDatabase(freshDatabaseName());
  const { stored, entries } = splitPack(await ballardReplacement());
  putThrowsAtOnce('entries');

  await expect(saveShow(database, stored, entries)).rejects.toThrow();

  expect(await database.count('shows')).toBe(0);
  database.close();
});

import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { entryRevealKey } from '../../src/domain/reveal-keys';
import { FIRST_PROFILE, openDatabase } from '../../src/storage/database';
import { saveWatched } from '../../src/storage/progress-writes';
import { newNoteId, noteSaved } from '../../src/stores/notes-store';
import { episodesMarked } from '../../src/stores/progress-marks';
import { itemRevealed } from '../../src/stores/reveal-actions';
import { startTestApp, stopTestApp } from '../ui/app-harness';
import { finaleEntries } from '../ui/ballard-secrets';
import { dumpDatabase } from './database-dump';
import { catchDownloads } from './downloads';
import { putFailsLater } from './failing-writes';

afterEach(() => {
  stopTestApp();
  vi.restoreAllMocks();
});

const restoreRegion = () => within(screen.getByRole('region', { name: 'Restore' }));
const REPLACE_QUESTION = 'Replace everything in this browser with the backup?';

/**
 * A browser holding a note, marks and a reveal, with a full backup of it downloaded; then one
 * more mark, so the backup differs from what is stored.
 */
async function browserWithBackup() {
  const downloads = catchDownloads();
  const app = await startTestApp('/backup');
  await screen.findByRole('heading', { level: 1, name: 'Backup and export' });
  await act(async () => {
    await episodesMarked('ballard', ['S1E1', 'S1E2'], true);
    await itemRevealed('ballard', entryRevealKey(finaleEntries[0]!));
    await noteSaved({
      id: newNoteId(),
      showId: 'ballard',
      updatedAt: 1,
      kind: 'note',
      spoils: 'S1E2',
      title: 'Cold cases',
      body: 'The unit is tiny.',
      characters: [],
      keywords: [],
      date: null,
      source: null,
    });
  });
  await app.user.click(screen.getByRole('button', { name: 'Download full backup' }));
  await vi.waitFor(() => expect(downloads).toHaveLength(1));
  await act(() => episodesMarked('ballard', ['S1E3'], true));
  return { ...app, backupText: await downloads[0]!.file.text() };
}

async function restoreConfirmed(
  user: Awaited<ReturnType<typeof startTestApp>>['user'],
  text: string,
) {
  await user.upload(
    screen.getByLabelText('Restore from backup'),
    new File([text], 'backup.json', { type: 'application/json' }),
  );
  const dialog = await screen.findByRole('alertdialog', { name: REPLACE_QUESTION });
  await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
}

/** An array nested 200,000 deep: valid JSON, which the browser cannot clone into storage. */
const DEEP_ARRAY = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;

it('changes nothing, and says so, when a set-aside record nested 200,000 deep cannot be stored', async () => {
  const { user, databaseName, backupText } = await browserWithBackup();
  const before = await dumpDatabase(databaseName);
  const deepBackup = backupText.replace(
    /"quarantine": \[\]/,
    `"quarantine": [{"store": "shows", "key": "broken", "reason": "unreadable", "at": 1, "value": ${DEEP_ARRAY}}]`,
  );

  await restoreConfirmed(user, deepBackup);

  const alert = await restoreRegion().findByRole('alert');
  expect(alert).toHaveTextContent('The backup was not restored:');
  expect(alert).toHaveTextContent(
    /^The backup was not restored:Could not store the backup: writing set-aside record 1 of 1 failed \((RangeError|DataCloneError)\)\. Nothing was changed\.$/,
  );
  expect(await dumpDatabase(databaseName)).toEqual(before);
});

it('changes nothing, and says so, when a write fails after it was queued', async () => {
  const { user, databaseName, backupText } = await browserWithBackup();
  const before = await dumpDatabase(databaseName);
  putFailsLater('notes');

  await restoreConfirmed(user, backupText);

  expect(await restoreRegion().findByRole('alert')).toHaveTextContent(
    'The backup was not restored:Could not store the backup: writing note 1 of 1 failed (ConstraintError). Nothing was changed.',
  );
  vi.restoreAllMocks();
  expect(await dumpDatabase(databaseName)).toEqual(before);
});

it('asks again, with the new counts, when a mark is made while the question is open', async () => {
  const { user, databaseName, backupText } = await browserWithBackup();
  await user.upload(
    screen.getByLabelText('Restore from backup'),
    new File([backupText], 'backup.json', { type: 'application/json' }),
  );
  const first = await screen.findByRole('alertdialog', { name: REPLACE_QUESTION });
  expect(first).toHaveAccessibleDescription(/This browser holds 1 show, 3 watched episodes,/);

  const otherTab = await openDatabase(databaseName);
  await saveWatched(otherTab, [FIRST_PROFILE.id], 'ballard', ['S1E4'], true);
  otherTab.close();
  const withOtherTabsMark = await dumpDatabase(databaseName);
  await user.click(within(first).getByRole('button', { name: 'Replace' }));

  const again = await screen.findByRole('alertdialog', { name: REPLACE_QUESTION });
  expect(again).toHaveAccessibleDescription(
    /^What this browser holds changed while you were deciding, so nothing was restored yet\. This browser holds 1 show, 4 watched episodes, 1 item revealed early and 1 note\./,
  );
  expect(await dumpDatabase(databaseName)).toEqual(withOtherTabsMark);

  await user.click(within(again).getByRole('button', { name: 'Replace' }));
  expect(
    await restoreRegion().findByText(
      /^Restored the backup of .*: 1 show, 2 watched episodes and 1 note\.$/,
    ),
  ).toBeVisible();
});

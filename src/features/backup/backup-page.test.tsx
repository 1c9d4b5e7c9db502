import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { entryRevealKey } from '../../domain/reveal-keys';
import { episodesMarked } from '../../stores/progress-marks';
import { itemRevealed } from '../../stores/reveal-actions';
import { upcomingTitlesChosen } from '../../stores/settings-store';
import { startTestApp, stopTestApp } from '../../../tests/ui/app-harness';
import { dumpDatabase, type DatabaseDump } from '../../../tests/storage/database-dump';
import { catchDownloads } from '../../../tests/storage/downloads';
import { finaleEntries } from '../../../tests/ui/ballard-secrets';
import {
  SEARCH_BALLARD,
  SHOW_12345,
  answerJson,
  stubTvmaze,
  tvmazeFixture,
} from '../../../tests/storage/tvmaze-stub';
import { sentence } from '../../../tests/ui/sentence';

afterEach(() => {
  stopTestApp();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

type User = Awaited<ReturnType<typeof startTestApp>>['user'];
type Router = Awaited<ReturnType<typeof startTestApp>>['router'];

const SHOW_ID = 'tvmaze-12345-ballard';
const region = (name: string) => screen.getByRole('region', { name });

async function visit(router: Router, path: string, heading: string | RegExp) {
  await act(() => router.navigate(path));
  await screen.findByRole('heading', { level: 1, name: heading });
}

async function writeNote(user: User, title: string, body: string) {
  const form = await screen.findByRole('form', { name: 'Add a note' });
  await user.type(within(form).getByRole('textbox', { name: 'Title' }), title);
  await user.type(within(form).getByRole('textbox', { name: 'Note' }), body);
  await user.click(within(form).getByRole('button', { name: 'Save note' }));
}

it('exports a TVmaze show with its notes, and importing the file over it keeps everything', async () => {
  stubTvmaze({
    [SEARCH_BALLARD]: [answerJson(tvmazeFixture('search-ballard.json'))],
    [SHOW_12345]: [answerJson(tvmazeFixture('show-12345.json'))],
  });
  const downloads = catchDownloads();
  const { user, router, databaseName } = await startTestApp('/add');
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  await user.type(screen.getByRole('searchbox', { name: 'Search TVmaze' }), 'ballard');
  await user.click(screen.getByRole('button', { name: 'Search' }));
  await user.click(await screen.findByRole('button', { name: 'Add Ballard' }));
  await within(region('From TVmaze')).findByText(sentence('Added Ballard, with 11 episodes.'));

  await visit(router, `/shows/${SHOW_ID}`, 'Ballard');
  await user.click(screen.getByRole('checkbox', { name: 'Watched S1E1' }));
  await user.click(screen.getByRole('checkbox', { name: 'Watched S1E2' }));
  await act(() => itemRevealed(SHOW_ID, 'episode:S1E5'));
  await visit(router, `/shows/${SHOW_ID}/episodes/S1E2`, /S1E2/);
  await writeNote(user, 'Bosch helps', 'He knows the **archive**.');
  expect(await screen.findByRole('heading', { name: 'Bosch helps' })).toBeVisible();

  await visit(router, '/backup', 'Backup and export');
  await user.click(screen.getByRole('button', { name: `Export Ballard (${SHOW_ID})` }));
  expect(
    await within(region('Export a show')).findByText(
      'Saved tvmaze-12345-ballard.recap-pack.json, with your 1 note.',
    ),
  ).toBeVisible();
  const [exported] = downloads;
  const pack = JSON.parse(await exported!.file.text()) as { entries: { kind: string }[] };
  expect(pack.entries).toEqual([
    expect.objectContaining({ kind: 'note', title: 'Bosch helps', spoils: 'S1E2' }),
  ]);
  const before = await dumpDatabase(databaseName);

  await visit(router, '/add', 'Add a show');
  await user.upload(screen.getByLabelText('Import recap pack'), exported!.file);
  const dialog = await screen.findByRole('alertdialog', { name: 'Replace “Ballard”?' });
  await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
  const fileRegion = within(region('From a recap pack file'));
  expect(
    await fileRegion.findByText(sentence('Replaced Ballard, with 11 episodes.')),
  ).toBeVisible();
  expect(fileRegion.getByText('1 note in the file you already had.')).toBeVisible();

  const after = await dumpDatabase(databaseName);
  for (const store of ['shows', 'entries', 'progress', 'reveals', 'notes', 'settings']) {
    expect(after[store], store).toEqual(before[store]);
  }

  await visit(router, '/backup', 'Backup and export');
  await user.click(screen.getByRole('button', { name: `Export Ballard (${SHOW_ID})` }));
  await vi.waitFor(() => expect(downloads).toHaveLength(2));
  expect(await downloads[1]!.file.text()).toBe(await exported!.file.text());
});

const RESTORED_STORES = ['shows', 'entries', 'notes', 'settings', 'quarantine'];
const keysOf = (dump: DatabaseDump, store: string) => dump[store]?.map((record) => record.key);

it('backs everything up, and restores it into a browser whose data was cleared', async () => {
  const downloads = catchDownloads();
  const first = await startTestApp('/shows/ballard/episodes/S1E3');
  await screen.findByRole('heading', { name: 'Add a note' });
  await act(async () => {
    await episodesMarked('ballard', ['S1E1', 'S1E2', 'S1E3'], true);
    await itemRevealed('ballard', entryRevealKey(finaleEntries[0]!));
    await upcomingTitlesChosen('all');
  });
  await writeNote(first.user, 'Cold cases', 'The unit is *tiny*.');
  await screen.findByRole('heading', { name: 'Cold cases' });

  await visit(first.router, '/backup', 'Backup and export');
  await first.user.click(screen.getByRole('button', { name: 'Download full backup' }));
  await vi.waitFor(() => expect(downloads).toHaveLength(1));
  expect(downloads[0]!.name).toMatch(/^previously-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const before = await dumpDatabase(first.databaseName);

  stopTestApp();
  await new Promise((resolve) => {
    indexedDB.deleteDatabase(first.databaseName).onsuccess = resolve;
  });
  const fresh = await startTestApp('/backup', first.databaseName);
  await screen.findByRole('heading', { level: 1, name: 'Backup and export' });
  await fresh.user.upload(screen.getByLabelText('Restore from backup'), downloads[0]!.file);
  expect(
    await within(region('Restore')).findByText(
      /^Restored the backup of \d{4}-\d{2}-\d{2}: 1 show, 3 watched episodes and 1 note\.$/,
    ),
  ).toBeVisible();
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

  const after = await dumpDatabase(first.databaseName);
  for (const store of RESTORED_STORES) expect(after[store], store).toEqual(before[store]);
  expect(keysOf(after, 'progress')).toEqual(keysOf(before, 'progress'));
  expect(keysOf(after, 'reveals')).toEqual(keysOf(before, 'reveals'));

  await visit(fresh.router, '/shows/ballard/episodes/S1E3', /S1E3/);
  expect(screen.getByRole('checkbox', { name: 'Watched S1E3' })).toBeChecked();
  expect(await screen.findByRole('heading', { name: 'Cold cases' })).toBeVisible();
});

it('asks before a restore replaces what this browser holds, and Cancel changes nothing', async () => {
  const downloads = catchDownloads();
  const { user, databaseName } = await startTestApp('/backup');
  await screen.findByRole('heading', { level: 1, name: 'Backup and export' });
  await user.click(screen.getByRole('button', { name: 'Download full backup' }));
  await vi.waitFor(() => expect(downloads).toHaveLength(1));
  await act(() => episodesMarked('ballard', ['S1E1'], true));
  const before = await dumpDatabase(databaseName);

  await user.upload(screen.getByLabelText('Restore from backup'), downloads[0]!.file);
  const dialog = await screen.findByRole('alertdialog', {
    name: 'Replace everything in this browser with the backup?',
  });
  expect(dialog).toHaveAccessibleDescription(
    /This browser holds 1 show, 1 watched episode, 0 items revealed early and 0 notes\./,
  );
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
  expect(within(region('Restore')).getByText('Nothing was restored.')).toBeVisible();
  expect(await dumpDatabase(databaseName)).toEqual(before);

  await user.upload(screen.getByLabelText('Restore from backup'), downloads[0]!.file);
  await user.click(await screen.findByRole('button', { name: 'Replace' }));
  await within(region('Restore')).findByText(/^Restored the backup/);
  expect((await dumpDatabase(databaseName)).progress).toEqual([]);
});

it('refuses a bad backup with the field path, and changes nothing', async () => {
  const { user, databaseName } = await startTestApp('/backup');
  await screen.findByRole('heading', { level: 1, name: 'Backup and export' });
  const before = await dumpDatabase(databaseName);
  const bad = {
    format: 'previously-backup',
    version: 1,
    createdAt: '2025-07-09T12:00:00.000Z',
    settings: { upcomingTitles: 'next' },
    shows: [
      {
        format: 'previously-pack',
        version: 1,
        show: { id: 'x', title: 'X' },
        episodes: [{ code: 'S1E1' }],
        entries: [{ id: 'e', kind: 'recap', spoils: 'S9E9', title: 'T', body: 'b' }],
      },
    ],
    progress: [{ showId: 'x', watched: ['first'] }],
    reveals: [],
    notes: [],
    quarantine: [],
  };
  await user.upload(
    screen.getByLabelText('Restore from backup'),
    new File([JSON.stringify(bad)], 'גיבוי.json'),
  );
  const alert = await within(region('Restore')).findByRole('alert');
  expect(
    within(alert)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['progress[0].watched[0]: is not an episode code like "S1E4"']);
  expect(alert).toHaveTextContent('גיבוי.json was not restored, and nothing was changed:');
  // A right-to-left file name is set apart, so it cannot turn the sentence around it.
  expect(within(alert).getByText('גיבוי.json').tagName).toBe('BDI');
  expect(await dumpDatabase(databaseName)).toEqual(before);
});

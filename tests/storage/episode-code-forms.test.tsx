import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import type { Entry, Pack } from '../../src/domain/pack';
import { entryRevealKey } from '../../src/domain/reveal-keys';
import { entry, episode, pack } from '../../src/domain/testing/pack-builders';
import { PACK_FORMAT, PACK_VERSION } from '../../src/domain/pack';
import { freshDatabaseName, startTestApp, stopTestApp } from '../ui/app-harness';
import { sentence } from '../ui/sentence';
import { dumpDatabase } from './database-dump';
import { createEarlierDatabase } from './earlier-database';

afterEach(stopTestApp);

const STRANGER = 'Who rows in through the fog';

function harbour(codes: readonly string[]): Pack {
  return pack({
    show: { id: 'harbour', title: 'Harbour', network: null, premiered: null, summary: null },
    episodes: codes.map((code, index) =>
      episode(code, { title: `Tide ${index + 1}`, synopsis: `What happens at tide ${index + 1}.` }),
    ),
    entries: [
      entry('stranger', codes[2] ?? null, {
        kind: 'reveal',
        title: STRANGER,
        body: 'A stranger rows in and asks for the keeper by name.',
      }),
    ],
  });
}

const packFile = (content: Pack) =>
  new File(
    [JSON.stringify({ format: PACK_FORMAT, version: PACK_VERSION, ...content })],
    'pack.json',
    {
      type: 'application/json',
    },
  );

/**
 * A database as version 3 of the app left it, which stored codes as the pack wrote them: a show
 * listed as S01E01…, S01E01 marked, its reveal opened early, and a note on S01E02.
 */
function createVersion3Database(name: string, show: Pack) {
  return createEarlierDatabase(name, 3, show, (transaction) => {
    transaction.objectStore('progress').put({ watchedAt: 1 }, ['harbour', 'S01E01']);
    const revealKey = entryRevealKey(show.entries[0] as Entry);
    transaction.objectStore('reveals').put({ revealedAt: 1 }, ['harbour', revealKey]);
    transaction.objectStore('notes').put({
      ...entry('note-1', 'S01E02', { kind: 'note', title: 'A hunch', body: 'The keeper.' }),
      showId: 'harbour',
      updatedAt: 1,
    });
  });
}

const fileRegion = () => within(screen.getByRole('region', { name: 'From a recap pack file' }));
const watched = (code: string) =>
  screen.getByRole<HTMLInputElement>('checkbox', { name: `Watched ${code}` }).checked;

async function importReplacing(user: UserEvent, content: Pack) {
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  await user.upload(screen.getByLabelText('Import recap pack'), packFile(content));
  const dialog = await screen.findByRole('alertdialog', { name: /^Replace/ });
  await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
  await fileRegion().findByText(sentence(/^Replaced Harbour/));
}

it('keeps a mark on S01E01 as S1E1 when a pack that writes S1E1 replaces the show', async () => {
  const name = freshDatabaseName();
  await createVersion3Database(name, harbour(['S01E01', 'S01E02', 'S01E03']));

  const { router, user } = await startTestApp('/shows/harbour', name);
  await screen.findByRole('heading', { level: 1, name: 'Harbour' });
  expect(watched('S1E1')).toBe(true);
  expect(watched('S1E2')).toBe(false);

  await act(() => router.navigate('/add'));
  await importReplacing(user, harbour(['S1E1', 'S1E2', 'S1E3']));
  expect(fileRegion().getByText('Your progress, reveals and notes on it are kept.')).toBeVisible();

  await act(() => router.navigate('/shows/harbour'));
  await screen.findByRole('heading', { level: 1, name: 'Harbour' });
  expect(watched('S1E1')).toBe(true);
  await act(() => router.navigate('/shows/harbour/episodes/S01E03'));
  expect(await screen.findByRole('heading', { name: STRANGER })).toBeVisible();
  expect(router.state.location.pathname).toBe('/shows/harbour/episodes/S1E3');

  const dump = await dumpDatabase(name);
  expect(dump.progress?.map(({ key }) => key)).toEqual([['first', 'harbour', 'S1E1']]);
  expect(dump.notes?.map(({ value }) => (value as Entry).spoils)).toEqual(['S1E2']);
});

it('reports marks and reveals on episodes a replacing pack drops, keeps them, and shows them once listed again', async () => {
  const full = harbour(['S1E1', 'S1E2', 'S1E3', 'S1E4']);
  const { router, user } = await startTestApp('/add');
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  await user.upload(screen.getByLabelText('Import recap pack'), packFile(full));
  await fileRegion().findByText(sentence(/^Added Harbour/));

  await act(() => router.navigate('/shows/harbour'));
  await screen.findByRole('heading', { level: 1, name: 'Harbour' });
  await user.click(screen.getByRole('checkbox', { name: 'Watched S1E3' }));
  await act(() => router.navigate('/shows/harbour/episodes/S1E4'));
  const synopsis = await screen.findByRole('region', { name: 'Synopsis' });
  await user.click(await within(synopsis).findByRole('button', { name: 'Reveal' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal' }));
  expect(await within(synopsis).findByText('What happens at tide 4.')).toBeVisible();

  await act(() => router.navigate('/add'));
  await importReplacing(user, harbour(['S1E1', 'S1E2']));
  const report = fileRegion();
  expect(report.queryByText('Your progress, reveals and notes on it are kept.')).toBeNull();
  for (const line of [
    'Your progress, reveals and notes on the episodes it lists are kept.',
    'Your mark on 1 episode this show no longer lists (S1E3) is kept but not shown; it shows again if the show lists that episode again.',
    'Your early reveal on 1 episode this show no longer lists (S1E4) is kept but not shown; it shows again if the show lists that episode again.',
  ]) {
    expect(report.getByText(line)).toBeVisible();
  }

  await importReplacing(user, full);
  await act(() => router.navigate('/shows/harbour'));
  await screen.findByRole('heading', { level: 1, name: 'Harbour' });
  expect(watched('S1E3')).toBe(true);
  expect(watched('S1E2')).toBe(false);
  await act(() => router.navigate('/shows/harbour/episodes/S1E4'));
  const again = await screen.findByRole('region', { name: 'Synopsis' });
  expect(await within(again).findByText('What happens at tide 4.')).toBeVisible();
});

it('keeps the first of two forms of one code a stored show listed, and the show as it was aside', async () => {
  const name = freshDatabaseName();
  const twice = harbour(['S1E1', 'S01E01', 'S1E2']);
  await createEarlierDatabase(name, 3, twice, (transaction) => {
    transaction.objectStore('progress').put({ watchedAt: 1 }, ['harbour', 'S01E01']);
  });

  await startTestApp('/shows/harbour', name);
  await screen.findByRole('heading', { level: 1, name: 'Harbour' });
  expect(
    await screen.findByText(
      /the show "harbour" listed one episode under two forms of its code \(S01E01 as S1E1\)/,
    ),
  ).toBeVisible();
  expect(screen.getAllByRole('checkbox', { name: /^Watched / })).toHaveLength(2);
  expect(watched('S1E1')).toBe(true);

  const dump = await dumpDatabase(name);
  const stored = dump.shows?.[0]?.value as { episodes: { code: string; title: string }[] };
  expect(stored.episodes.map((e) => [e.code, e.title])).toEqual([
    ['S1E1', 'Tide 1'],
    ['S1E2', 'Tide 3'],
  ]);
  expect(
    dump.quarantine?.map(({ key, value }) => [key, (value as { value: unknown }).value]),
  ).toEqual([
    [
      'shows/harbour/before-one-form-codes',
      { show: twice.show, episodes: twice.episodes, characters: [] },
    ],
  ]);
});

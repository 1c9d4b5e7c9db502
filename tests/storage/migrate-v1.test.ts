import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { FIRST_PROFILE } from '../../src/storage/database';
import { parsePackText } from '../../src/domain/parse-pack';
import { entriesNeeded, showNeeded, useLibraryStore } from '../../src/stores/library-store';
import { progressNeeded, useProgressStore } from '../../src/stores/progress-store';
import { useRevealsStore } from '../../src/stores/reveals-store';
import { useSettingsStore } from '../../src/stores/settings-store';
import { freshDatabaseName, readBallardPack, startTestApp, stopTestApp } from '../ui/app-harness';
import { dumpDatabase } from './database-dump';

afterEach(stopTestApp);

/** A database as version 1 of the app left it, written with the raw IndexedDB API. */
function createVersion1Database(name: string, records: Record<string, [IDBValidKey, unknown][]>) {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      for (const store of ['shows', 'settings', 'progressByShow', 'revealsByShow']) {
        request.result.createObjectStore(store);
      }
    };
    request.onsuccess = () => {
      const database = request.result;
      const transaction = database.transaction(Object.keys(records), 'readwrite');
      for (const [store, items] of Object.entries(records)) {
        for (const [key, value] of items) transaction.objectStore(store).put(value, key);
      }
      transaction.oncomplete = () => {
        database.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
    request.onerror = () => reject(request.error);
  });
}

it('migrates a version 1 database, and sets aside and reports a record it cannot read', async () => {
  const parsed = parsePackText(await readBallardPack());
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const { show, episodes, characters, entries } = parsed.pack;
  const name = freshDatabaseName();
  await createVersion1Database(name, {
    shows: [['ballard', { show, episodes, characters, entries }]],
    settings: [
      ['upcomingTitles', 'all'],
      ['defaultPackSeeded', true],
    ],
    progressByShow: [
      ['ballard', { watched: ['S1E1', 'S1E2', 'S1E3'] }],
      ['unreadable', { watched: 'S1E1 and S1E2' }],
    ],
    revealsByShow: [['ballard', { revealed: ['entry:finale-recap', 'episode:S1E5'] }]],
  });

  await startTestApp('/', name);
  const messages = within(await screen.findByRole('region', { name: 'Messages' }));
  expect(messages.getByRole('alert')).toHaveTextContent(
    'While upgrading your saved data, a record ("unreadable" in progressByShow) could not be read. It was kept aside unchanged',
  );

  await progressNeeded(FIRST_PROFILE.id, 'ballard');
  expect(useProgressStore.getState().watched[FIRST_PROFILE.id]?.ballard).toEqual(
    new Set(['S1E1', 'S1E2', 'S1E3']),
  );
  // Pinned to the content they revealed, as version 3 stores reveals.
  expect(
    [...(useRevealsStore.getState().revealed[FIRST_PROFILE.id]?.ballard ?? [])].sort(),
  ).toEqual([
    expect.stringMatching(/^entry#[0-9a-z]+:finale-recap$/),
    expect.stringMatching(/^episode#[0-9a-z]+:S1E5$/),
  ]);
  expect(useSettingsStore.getState().upcomingTitles).toBe('all');
  await showNeeded('ballard');
  expect(useLibraryStore.getState().shows.ballard?.episodes).toEqual(episodes);
  await entriesNeeded('ballard');
  expect(useLibraryStore.getState().entries.ballard).toEqual({ status: 'ready', entries });

  const dump = await dumpDatabase(name);
  expect(Object.keys(dump).sort()).toEqual([
    'entries',
    'episodeHeads',
    'notes',
    'profiles',
    'progress',
    'progressSummaries',
    'quarantine',
    'reveals',
    'settings',
    'showSummaries',
    'shows',
  ]);
  expect(dump.shows?.[0]?.value).not.toHaveProperty('entries');
  expect(dump.settings?.map((record) => record.key)).not.toContain('upgradeReports');
  expect(dump.quarantine).toEqual([
    {
      key: 'progressByShow/unreadable',
      value: expect.objectContaining({
        store: 'progressByShow',
        key: 'unreadable',
        value: { watched: 'S1E1 and S1E2' },
      }),
    },
  ]);
});

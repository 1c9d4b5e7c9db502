import { afterEach, expect, it, vi } from 'vitest';
import { FIRST_PROFILE, openDatabase } from '../../src/storage/database';
import { saveWatched } from '../../src/storage/progress-writes';
import { readWatched } from '../../src/storage/repository';
import { resetStores } from '../../src/stores/reset-stores';
import { progressNeeded, useProgressStore } from '../../src/stores/progress-store';
import { episodesMarked } from '../../src/stores/progress-marks';
import { startApp, stopApp } from '../../src/stores/start-app';
import { freshDatabaseName, readBallardPack } from '../ui/app-harness';

afterEach(() => {
  stopApp();
  resetStores();
});

it('keeps both marks when two tabs mark different episodes at the same time', async () => {
  const name = freshDatabaseName();
  const [firstTab, secondTab] = await Promise.all([openDatabase(name), openDatabase(name)]);
  await Promise.all([
    saveWatched(firstTab, [FIRST_PROFILE.id], 'ballard', ['S1E1'], true),
    saveWatched(secondTab, [FIRST_PROFILE.id], 'ballard', ['S1E2'], true),
  ]);
  expect(await readWatched(firstTab, FIRST_PROFILE.id, 'ballard')).toEqual(
    new Set(['S1E1', 'S1E2']),
  );
  expect(await readWatched(secondTab, FIRST_PROFILE.id, 'ballard')).toEqual(
    new Set(['S1E1', 'S1E2']),
  );
  firstTab.close();
  secondTab.close();
});

it("shows the other tab's mark when it says so, and keeps this tab's own", async () => {
  const name = freshDatabaseName();
  await startApp({ databaseName: name, readDefaultPack: readBallardPack });
  await episodesMarked('ballard', ['S1E1'], true);

  const otherTab = await openDatabase(name);
  await saveWatched(otherTab, [FIRST_PROFILE.id], 'ballard', ['S1E2'], true);
  otherTab.close();
  const channel = new BroadcastChannel('previously-sync');
  channel.postMessage({ type: 'progress', showId: 'ballard' });
  channel.close();

  await vi.waitFor(
    () => {
      expect(useProgressStore.getState().watched[FIRST_PROFILE.id]?.ballard).toEqual(
        new Set(['S1E1', 'S1E2']),
      );
    },
    { timeout: 1_000 },
  );
});

it('tells the other tabs after a mark is saved', async () => {
  const name = freshDatabaseName();
  await startApp({ databaseName: name, readDefaultPack: readBallardPack });
  const heard: unknown[] = [];
  const otherTab = new BroadcastChannel('previously-sync');
  otherTab.onmessage = (event: MessageEvent) => heard.push(event.data);
  await episodesMarked('ballard', ['S1E3'], true);
  await vi.waitFor(() => expect(heard).toEqual([{ type: 'progress', showId: 'ballard' }]));
  otherTab.close();
});

it('reloads everything when another tab restored a backup', async () => {
  const name = freshDatabaseName();
  await startApp({ databaseName: name, readDefaultPack: readBallardPack });
  await episodesMarked('ballard', ['S1E1'], true);

  const otherTab = await openDatabase(name);
  await otherTab.clear('progress');
  await saveWatched(otherTab, [FIRST_PROFILE.id], 'ballard', ['S1E7'], true);
  otherTab.close();
  const channel = new BroadcastChannel('previously-sync');
  channel.postMessage({ type: 'everything' });
  channel.close();

  // Held since the mark, and dropped by the reload: marks are read again as a page needs them.
  expect(useProgressStore.getState().watched[FIRST_PROFILE.id]?.ballard).toEqual(new Set(['S1E1']));
  await vi.waitFor(() =>
    expect(useProgressStore.getState().watched[FIRST_PROFILE.id]?.ballard).toBeUndefined(),
  );
  await progressNeeded(FIRST_PROFILE.id, 'ballard');
  expect(useProgressStore.getState().watched[FIRST_PROFILE.id]?.ballard).toEqual(new Set(['S1E7']));
});

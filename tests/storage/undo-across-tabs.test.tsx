import { screen, waitFor } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { FIRST_PROFILE, openDatabase } from '../../src/storage/database';
import { saveWatched } from '../../src/storage/progress-writes';
import { readWatched } from '../../src/storage/repository';
import { startTestApp, stopTestApp } from '../ui/app-harness';
import {
  BALLARD_CODES,
  checkbox,
  markWatchedThrough,
  showPageLoaded,
  watchedCodes,
} from '../ui/marks';

afterEach(stopTestApp);

/** Another tab of the same profile: its own connection, and the channel the tabs talk on. */
async function openOtherTab(databaseName: string) {
  const database = await openDatabase(databaseName);
  const channel = new BroadcastChannel('previously-sync');
  const heard: unknown[] = [];
  channel.onmessage = (event: MessageEvent) => heard.push(event.data);
  return {
    database,
    heard,
    async marks(codes: string[]) {
      await saveWatched(database, [FIRST_PROFILE.id], 'ballard', codes, true);
      channel.postMessage({ type: 'progress', showId: 'ballard' });
    },
    close() {
      channel.close();
      database.close();
    },
  };
}

it('puts storage back as it was and tells the other tabs to re-read it', async () => {
  const { user, databaseName } = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await user.click(checkbox('S1E2'));
  await user.click(screen.getByRole('button', { name: 'Dismiss offer for S1E2' }));
  const otherTab = await openOtherTab(databaseName);

  await markWatchedThrough(user, 'S1E9');
  await waitFor(async () =>
    expect(await readWatched(otherTab.database, FIRST_PROFILE.id, 'ballard')).toEqual(
      new Set(BALLARD_CODES.slice(0, 9)),
    ),
  );
  otherTab.heard.length = 0;

  await user.click(
    screen.getByRole('button', { name: 'Undo: marked 8 episodes from S1E1 to S1E9 watched' }),
  );

  await waitFor(async () =>
    expect(await readWatched(otherTab.database, FIRST_PROFILE.id, 'ballard')).toEqual(
      new Set(['S1E2']),
    ),
  );
  await waitFor(() =>
    expect(otherTab.heard).toContainEqual({ type: 'progress', showId: 'ballard' }),
  );
  otherTab.close();
});

it('takes back only what it did: a mark made in another tab since then stays', async () => {
  const { user, databaseName } = await startTestApp('/shows/ballard');
  await showPageLoaded();
  const otherTab = await openOtherTab(databaseName);

  await markWatchedThrough(user, 'S1E9');
  await otherTab.marks(['S1E10']);
  await waitFor(() => expect(checkbox('S1E10')).toBeChecked());

  await user.click(screen.getByRole('button', { name: 'Undo: marked S1E1–S1E9 watched' }));

  expect(watchedCodes()).toEqual(['S1E10']);
  await waitFor(async () =>
    expect(await readWatched(otherTab.database, FIRST_PROFILE.id, 'ballard')).toEqual(
      new Set(['S1E10']),
    ),
  );
  otherTab.close();
});

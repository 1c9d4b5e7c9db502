import { expect, it } from 'vitest';
import { orderOfCodes } from '../../src/domain/episode-order';
import { FIRST_PROFILE, openDatabase } from '../../src/storage/database';
import { loadProgressSummary } from '../../src/storage/progress-summaries';
import { saveWatched } from '../../src/storage/progress-writes';
import { readWatched } from '../../src/storage/repository';
import { freshDatabaseName } from '../ui/app-harness';

const BEN_ID = 'profile-ben';
const ORDER = orderOfCodes(['S1E1', 'S1E2', 'S1E3', 'S1E4', 'S1E5']);

/** What a read finds of each profile's marks on Ballard: the set and the stored summary. */
async function storedAfter(database: Awaited<ReturnType<typeof openDatabase>>, profileId: string) {
  return {
    watched: await readWatched(database, profileId, 'ballard'),
    summary: (await loadProgressSummary(database, profileId, 'ballard')) ?? null,
  };
}

it("returns each profile's marks on the show as stored afterwards, other tabs' marks included", async () => {
  const database = await openDatabase(freshDatabaseName());
  const otherTab = await openDatabase(database.name);
  await saveWatched(otherTab, [FIRST_PROFILE.id], 'ballard', ['S1E1', 'S1E4'], true, ORDER);
  await saveWatched(otherTab, [BEN_ID], 'ballard', ['S1E5'], true, ORDER);

  const counted = await saveWatched(
    database,
    [FIRST_PROFILE.id, BEN_ID],
    'ballard',
    ['S1E2', 'S1E4'],
    false,
    ORDER,
  );

  const mine = await storedAfter(database, FIRST_PROFILE.id);
  expect(mine.watched).toEqual(new Set(['S1E1']));
  expect(counted.get(FIRST_PROFILE.id)).toEqual(mine);
  expect(counted.get(BEN_ID)).toEqual(await storedAfter(database, BEN_ID));
  expect([...counted.keys()]).toEqual([FIRST_PROFILE.id, BEN_ID]);
  database.close();
  otherTab.close();
});

it('returns the marks without a summary when the show has no order to count them against', async () => {
  const database = await openDatabase(freshDatabaseName());
  await saveWatched(database, [FIRST_PROFILE.id], 'ballard', ['S1E1'], true, ORDER);

  const counted = await saveWatched(database, [FIRST_PROFILE.id], 'ballard', ['S1E3'], true);

  const stored = await storedAfter(database, FIRST_PROFILE.id);
  expect(stored).toEqual({ watched: new Set(['S1E1', 'S1E3']), summary: null });
  expect(counted.get(FIRST_PROFILE.id)).toEqual(stored);
  database.close();
});

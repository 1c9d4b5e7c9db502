import { expect, it } from 'vitest';
import type { Pack } from '../pack';
import { showSummary } from '../show-summary';
import { packShowState } from '../testing/pack-show-state';
import { libraryPage } from './library-page';

const subject: Pack = {
  show: { id: 'kin', title: 'Kin', network: null, premiered: null, summary: null },
  episodes: [{ code: 'S1E1', title: 'Arrival', airDate: null, runtime: null, synopsis: null }],
  characters: [],
  entries: [],
};

it('keeps the place of a tile whose episodes are still read, naming only the show', () => {
  const loading = { ...packShowState(subject), record: { status: 'loading' as const } };
  const page = libraryPage([loading], { kin: showSummary(subject, []) });
  expect(page.tiles).toEqual([{ showId: 'kin', title: 'Kin', loading: true }]);
});

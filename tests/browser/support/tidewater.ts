import type { Pack } from '../../../src/domain/pack';
import { entry, episode, pack } from '../../../src/domain/testing/pack-builders';

/** A small imported show whose episodes have titles and synopses, unlike Ballard's. */
export const TIDEWATER: Pack = pack({
  show: {
    id: 'tidewater',
    title: 'Tidewater',
    network: null,
    premiered: null,
    summary: 'A ferry crew and the island it serves.',
  },
  episodes: [
    episode('S1E1', {
      title: 'Slack Water',
      synopsis: 'The ferry runs late, and someone misses it.',
    }),
    episode('S1E2', { title: 'Spring Tide', synopsis: 'The harbourmaster counts the passengers.' }),
    episode('S1E3', { title: 'Undertow', synopsis: 'Nobody admits to having seen the crossing.' }),
  ],
  entries: [
    entry('crossing-recap', 'S1E3', {
      kind: 'recap',
      title: 'The night crossing nobody logged',
      body: 'The harbourmaster forged the **passenger list** himself.',
    }),
  ],
});

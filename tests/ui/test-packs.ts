import type { Episode, Pack } from '../../src/domain/pack';

function episode(code: string, title: string | null, synopsis: string | null = null): Episode {
  return { code, title, airDate: null, runtime: null, synopsis };
}

/** A small show whose episodes have titles, unlike Ballard's. */
export const TITLED_PACK: Pack = {
  show: { id: 'tiny', title: 'Tiny Show', network: null, premiered: null, summary: null },
  episodes: [
    episode('S1E1', 'Pilot'),
    episode('S1E2', 'The Middle', 'Everything changes at the lighthouse.'),
    episode('S1E3', 'The End'),
  ],
  characters: [],
  entries: [],
};

/** A long-running show, to check that only the rows in view are built. */
export function longPack(episodeCount: number): Pack {
  const perSeason = 500;
  return {
    show: { id: 'long', title: 'Long Show', network: null, premiered: null, summary: null },
    episodes: Array.from({ length: episodeCount }, (_, index) =>
      episode(
        `S${Math.floor(index / perSeason) + 1}E${(index % perSeason) + 1}`,
        `Title ${index + 1}`,
      ),
    ),
    characters: [],
    entries: [],
  };
}

/**
 * Two seasons, aired on known dates, with a cast that comes with no first episodes, as a TVmaze
 * import's does.
 */
export const TWO_SEASON_PACK: Pack = {
  show: { id: 'duo', title: 'Two Seasons', network: null, premiered: null, summary: null },
  episodes: [
    { ...episode('S1E1', 'Arrival', 'A ferry docks at dawn.'), airDate: '2024-01-01' },
    { ...episode('S1E2', 'Harbour', 'The harbour master lies.'), airDate: '2024-01-08' },
    { ...episode('S1E3', 'Storm', 'The storm cuts the island off.'), airDate: '2024-01-15' },
    { ...episode('S1E4', 'Wreck', 'Divers find the wreck.'), airDate: '2024-01-22' },
    { ...episode('S2E1', 'Return', 'A year later, the ferry returns.'), airDate: '2025-01-06' },
    { ...episode('S2E2', 'Ashore', 'Someone swims ashore.'), airDate: '2025-01-13' },
  ],
  characters: [
    { id: 'ines', name: 'Inès Marlow', actor: 'Ada Actor', introducedIn: null },
    { id: 'tom', name: 'Tom Quill', actor: 'Bo Actor', introducedIn: null },
  ],
  entries: [],
};

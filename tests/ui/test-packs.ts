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

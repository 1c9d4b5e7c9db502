export const EPISODE_CODE_PATTERN = /^S(\d{1,3})E(\d{1,5})$/;

export interface EpisodeNumber {
  season: number;
  episode: number;
}

export function parseEpisodeCode(code: string): EpisodeNumber | null {
  const match = EPISODE_CODE_PATTERN.exec(code);
  if (!match) return null;
  return { season: Number(match[1]), episode: Number(match[2]) };
}

/** The one form the app writes a code in: "S1E10", "S0E2" for a special. */
export function episodeCode(season: number, episode: number): string {
  return `S${season}E${episode}`;
}

/**
 * The code in the app's one form ("S1E10" for "s01e010"), or null when it is no episode code at
 * all. Whether the show lists it is not asked.
 */
export function canonicalEpisodeCode(code: string): string | null {
  const parsed = parseEpisodeCode(code.toUpperCase());
  return parsed ? episodeCode(parsed.season, parsed.episode) : null;
}

/** A code checked as one already, in the app's one form; anything else as it was. */
export function inOneForm(code: string): string {
  return canonicalEpisodeCode(code) ?? code;
}

/** "Episode 7", or "Special 2" for season 0: the label used when a title is hidden or unknown. */
export function genericEpisodeLabel(code: string): string {
  const parsed = parseEpisodeCode(code);
  if (!parsed) return 'Episode';
  return parsed.season === 0 ? `Special ${parsed.episode}` : `Episode ${parsed.episode}`;
}

export function seasonLabel(season: number): string {
  return season === 0 ? 'Specials' : `Season ${season}`;
}

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

/**
 * The code as the app writes it ("S1E10" for "s1e10"), or null when it is no episode code at all.
 * Only the letters' case changes: "S01E1" stays as it is, and whether the show lists it is not asked.
 */
export function canonicalEpisodeCode(code: string): string | null {
  const upper = code.toUpperCase();
  return EPISODE_CODE_PATTERN.test(upper) ? upper : null;
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

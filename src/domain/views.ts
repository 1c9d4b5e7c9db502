import { genericEpisodeLabel } from './episode-code';
import {
  isCastMemberPresent,
  isEpisodeTitleVisible,
  isStrict,
  synopsisVisibility,
  type Gate,
} from './gate';
import type { Character, Episode } from './pack';
import type { ProgressSummary } from './progress-summary';

/**
 * What the gate lets an episode row, a character list and the library tile show; page views in
 * pages/ are built from these. Kept small: the first page ships this file.
 */

export interface EpisodeRow {
  readonly code: string;
  /** The title when it may be shown, otherwise "Episode 7". */
  readonly label: string;
  readonly titleShown: boolean;
  /** Null when covered or when the episode has none; see synopsisCovered. */
  readonly synopsis: string | null;
  readonly synopsisCovered: boolean;
  /** The synopsis shows only because the user revealed it ahead of their progress. */
  readonly synopsisRevealedEarly: boolean;
  readonly watched: boolean;
  /** Null also in strict mode, and until the gate is ready to say whether it is on. */
  readonly airDate: string | null;
}

export function episodeRow(gate: Gate, episode: Episode, watched: ReadonlySet<string>): EpisodeRow {
  const titleShown = episode.title !== null && isEpisodeTitleVisible(gate, episode.code);
  const synopsis = synopsisVisibility(gate, episode.code);
  const synopsisVisible = synopsis !== 'covered';
  return {
    code: episode.code,
    label: titleShown && episode.title !== null ? episode.title : genericEpisodeLabel(episode.code),
    titleShown,
    synopsis: synopsisVisible ? episode.synopsis : null,
    synopsisCovered: !synopsisVisible,
    synopsisRevealedEarly: synopsis === 'revealed',
    watched: watched.has(episode.code),
    airDate: gate.status === 'ready' && !isStrict(gate) ? episode.airDate : null,
  };
}

export function presentCharacters(gate: Gate, characters: readonly Character[]): Character[] {
  return characters.filter((character) => isCastMemberPresent(gate, character));
}

export interface NextUp {
  readonly code: string;
  readonly label: string;
  readonly titleShown: boolean;
}

export interface ShowProgressSummary {
  readonly watchedCount: number;
  readonly total: number;
  /** Episodes before the furthest watched one that are not watched. */
  readonly skipped: number;
  readonly next: NextUp | null;
}

const NONE_WATCHED: ReadonlySet<string> = new Set();

/**
 * The library tile and "next up": counts of the user's own marks and the next episode row. The
 * counts say nothing the user's own marks do not, so they need no gate. `total` is the show's
 * length, given when `episodes` holds only those a tile's gate reads (show-summary.ts).
 */
export function showProgressSummary(
  gate: Gate,
  episodes: readonly Episode[],
  counts: Pick<ProgressSummary, 'watchedCount' | 'skipped'>,
  total = episodes.length,
): ShowProgressSummary {
  const { watchedCount, skipped } = counts;
  const summary = { watchedCount, total, skipped };
  if (gate.status !== 'ready') return { ...summary, next: null };
  const nextEpisode = episodes[gate.horizon + 1];
  if (!nextEpisode) return { ...summary, next: null };
  // The episode after the furthest watched one is unwatched by everyone the gate stands for.
  const row = episodeRow(gate, nextEpisode, NONE_WATCHED);
  return { ...summary, next: { code: row.code, label: row.label, titleShown: row.titleShown } };
}

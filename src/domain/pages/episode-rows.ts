import { parseEpisodeCode, seasonLabel } from '../episode-code';
import { codeOrder, NO_HORIZON, type CodeOrder } from '../episode-order';
import { areEpisodeDetailsPeeked, type Gate } from '../gate';
import type { Episode } from '../pack';
import { episodeRevealKey } from '../reveal-keys';
import { episodeRow, type EpisodeRow } from '../views';

/** An episode as a list row or page header shows it: its label, and its details only if open. */
export interface EpisodeRowView {
  readonly code: string;
  /** The title when it may be shown, otherwise "Episode 7". */
  readonly label: string;
  readonly titleShown: boolean;
  readonly synopsis: string | null;
  readonly airDate: string | null;
  readonly watched: boolean;
  /**
   * What a reveal would uncover ("Title and synopsis"), or null when nothing is covered or there
   * is nothing to uncover: a placeholder that reveals nothing is noise. Whether a pack has a title
   * or synopsis for an episode is not itself a spoiler.
   */
  readonly coveredDetails: string | null;
  /** What Reveal reveals when coveredDetails is set. Never rendered. */
  readonly revealKey: string | null;
  /** Set when the details show only because the user revealed them early. */
  readonly hideKey: string | null;
  /**
   * The covered details while the user peeks at them, for the placeholder's place only: `label`
   * and everything built from the row stay as covered.
   */
  readonly peeked: PeekedEpisodeDetails | null;
}

export interface PeekedEpisodeDetails {
  readonly title: string | null;
  readonly synopsis: string | null;
  /** What "Cover now" and the peek's end cover again. */
  readonly peekKey: string;
}

function coveredDetails(episode: Episode, row: EpisodeRow): string | null {
  if (!row.synopsisCovered) return null;
  const titleCovered = episode.title !== null && !row.titleShown;
  const synopsisCovered = episode.synopsis !== null;
  if (titleCovered && synopsisCovered) return 'Title and synopsis';
  if (titleCovered) return 'Title';
  if (synopsisCovered) return 'Synopsis';
  return null;
}

export function episodeRowView(
  gate: Gate,
  episode: Episode,
  watched: ReadonlySet<string>,
): EpisodeRowView {
  const row = episodeRow(gate, episode, watched);
  const details = coveredDetails(episode, row);
  return {
    code: row.code,
    label: row.label,
    titleShown: row.titleShown,
    synopsis: row.synopsis,
    airDate: row.airDate,
    watched: row.watched,
    coveredDetails: details,
    revealKey: details === null ? null : episodeRevealKey(episode),
    hideKey: row.synopsisRevealedEarly ? episodeRevealKey(episode) : null,
    peeked:
      details !== null && areEpisodeDetailsPeeked(gate, episode)
        ? {
            title: row.titleShown ? null : episode.title,
            synopsis: episode.synopsis,
            peekKey: episodeRevealKey(episode),
          }
        : null,
  };
}

export interface SeasonGroup {
  readonly season: number;
  /** Position of the season's first episode in canonical order. */
  readonly start: number;
  readonly count: number;
}

/** Consecutive runs of one season in watch order; a special that aired mid-season splits a run. */
const groupsOf = new WeakMap<readonly Episode[], readonly SeasonGroup[]>();

export function seasonGroups(episodes: readonly Episode[]): readonly SeasonGroup[] {
  const known = groupsOf.get(episodes);
  if (known) return known;
  const groups: { season: number; start: number; count: number }[] = [];
  episodes.forEach((episode, position) => {
    const season = parseEpisodeCode(episode.code)?.season ?? 0;
    const last = groups.at(-1);
    if (last && last.season === season) last.count++;
    else groups.push({ season, start: position, count: 1 });
  });
  groupsOf.set(episodes, groups);
  return groups;
}

export interface SeasonStrip {
  readonly season: number;
  readonly total: number;
  readonly watched: number;
}

export function seasonStrip(
  gate: Gate,
  group: SeasonGroup,
  watched: ReadonlySet<string>,
): SeasonStrip {
  let watchedCount = 0;
  if (gate.status === 'ready') {
    for (let offset = 0; offset < group.count; offset++) {
      const code = gate.order.codes[group.start + offset];
      if (code !== undefined && watched.has(code)) watchedCount++;
    }
  }
  return { season: group.season, total: group.count, watched: watchedCount };
}

export interface SeasonView {
  readonly season: number;
  /** "Season 2", "Specials". */
  readonly label: string;
  /** Position of its first episode in watch order. */
  readonly start: number;
  /** Rows listed: all of the season's, or in strict mode those up to the next episode. */
  readonly count: number;
  /** How many episodes it has; null in strict mode until all of them are behind the horizon. */
  readonly total: number | null;
  readonly watched: number;
}

/** A show's episodes by season; rows are built only when asked, so a long show stays cheap. */
export interface EpisodeListView {
  /** Rows listed. */
  readonly total: number;
  /** Strict mode lists nothing after the next episode, nor how much that is. */
  readonly moreHidden: boolean;
  /** Codes in watch order, for marking through an episode or a season. */
  readonly order: CodeOrder;
  readonly seasons: readonly SeasonView[];
  rowAt(position: number): EpisodeRowView | null;
}

/**
 * Strict mode lists episodes up to the next one and no further, and gives no season's size
 * until the whole season is behind the horizon; while progress loads it lists none.
 */
export function episodeListView(
  gate: Gate,
  episodes: readonly Episode[],
  watched: ReadonlySet<string>,
  strict: boolean,
): EpisodeListView {
  const horizon = gate.status === 'ready' ? gate.horizon : NO_HORIZON;
  const lastListed = !strict
    ? episodes.length - 1
    : gate.status === 'ready'
      ? Math.min(horizon + 1, episodes.length - 1)
      : -1;
  const seasons = seasonGroups(episodes).flatMap((group): SeasonView[] => {
    const count = Math.min(group.count, lastListed - group.start + 1);
    if (count <= 0) return [];
    const behindHorizon = group.start + group.count - 1 <= horizon;
    return [
      {
        season: group.season,
        label: seasonLabel(group.season),
        start: group.start,
        count,
        total: !strict || behindHorizon ? group.count : null,
        watched: seasonStrip(gate, group, watched).watched,
      },
    ];
  });
  return {
    total: lastListed + 1,
    moreHidden: lastListed < episodes.length - 1,
    order: codeOrder(episodes),
    seasons,
    rowAt(position) {
      const episode = position <= lastListed ? episodes[position] : undefined;
      return episode ? episodeRowView(gate, episode, watched) : null;
    },
  };
}

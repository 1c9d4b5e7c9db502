import { genericEpisodeLabel, parseEpisodeCode } from './episode-code';
import { episodeOrder, horizonPosition } from './episode-order';
import {
  entryVisibility,
  isCharacterPresent,
  isEpisodeTitleVisible,
  isItemVisible,
  synopsisVisibility,
  type Gate,
} from './gate';
import type { Character, Entry, EntryKind, Episode } from './pack';
import { noteRevealKey } from './reveal-keys';

/**
 * What each surface may show. A covered entry is its own type holding only what a placeholder
 * may say, so a component that receives one cannot leak the rest.
 */

export interface VisibleEntry {
  readonly state: 'visible';
  readonly entry: Entry;
  /** Shown only because the user revealed it ahead of their progress, so it can be hidden again. */
  readonly revealedEarly: boolean;
}

export interface CoveredEntry {
  readonly state: 'covered';
  readonly kind: EntryKind;
  /** The episode it opens after; null when the data names an episode the show does not list. */
  readonly opensAfter: string | null;
}

export type EntryView = VisibleEntry | CoveredEntry;

export function entryView(gate: Gate, entry: Entry): EntryView {
  const visibility = entryVisibility(gate, entry);
  if (visibility !== 'covered') {
    return { state: 'visible', entry, revealedEarly: visibility === 'revealed' };
  }
  return coveredView(gate, entry);
}

/** A note the user wrote: its reveal is tied to its id, since an edit of theirs is no spoiler. */
export function noteView(gate: Gate, note: Entry): EntryView {
  if (isItemVisible(gate, note.spoils, noteRevealKey(note.id))) {
    return { state: 'visible', entry: note, revealedEarly: false };
  }
  return coveredView(gate, note);
}

function coveredView(gate: Gate, entry: Entry): CoveredEntry {
  return {
    state: 'covered',
    kind: entry.kind,
    opensAfter:
      entry.spoils !== null && gate.status === 'ready' && gate.order.positionOf.has(entry.spoils)
        ? entry.spoils
        : null,
  };
}

export function entryViews(gate: Gate, entries: readonly Entry[]): EntryView[] {
  return entries.map((entry) => entryView(gate, entry));
}

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
    airDate: episode.airDate,
  };
}

export interface SeasonGroup {
  readonly season: number;
  /** Position of the season's first episode in canonical order. */
  readonly start: number;
  readonly count: number;
}

/** Consecutive runs of one season in watch order; a special that aired mid-season splits a run. */
export function seasonGroups(episodes: readonly Episode[]): SeasonGroup[] {
  const groups: SeasonGroup[] = [];
  episodes.forEach((episode, position) => {
    const season = parseEpisodeCode(episode.code)?.season ?? 0;
    const last = groups.at(-1);
    if (last && last.season === season) {
      groups[groups.length - 1] = { ...last, count: last.count + 1 };
    } else {
      groups.push({ season, start: position, count: 1 });
    }
  });
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

export function presentCharacters(gate: Gate, characters: readonly Character[]): Character[] {
  return characters.filter((character) => isCharacterPresent(gate, character.introducedIn));
}

/**
 * Facts by the character they are about, in pack order; callers show them, through entryViews,
 * only for characters that are present.
 */
export function factsByCharacter(entries: readonly Entry[]): Map<string, Entry[]> {
  const facts = new Map<string, Entry[]>();
  for (const entry of entries) {
    const characterId = entry.characters[0];
    if (entry.kind !== 'fact' || characterId === undefined) continue;
    const own = facts.get(characterId);
    if (own) own.push(entry);
    else facts.set(characterId, [entry]);
  }
  return facts;
}

export function entriesOpeningAt(entries: readonly Entry[], code: string): Entry[] {
  return entries.filter((entry) => entry.spoils === code && entry.kind !== 'news');
}

/** Recaps and reveals safe for anyone: they belong to the show as a whole, not to an episode. */
export function showWideEntries(entries: readonly Entry[]): Entry[] {
  return entries.filter(
    (entry) => entry.spoils === null && (entry.kind === 'recap' || entry.kind === 'reveal'),
  );
}

export function newsEntries(entries: readonly Entry[]): Entry[] {
  return entries.filter((entry) => entry.kind === 'news');
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

/**
 * The library tile and "next up": counts of the user's own marks and the next episode row. The
 * counts say nothing the user's own marks do not, so they need no gate.
 */
export function showProgressSummary(
  gate: Gate,
  episodes: readonly Episode[],
  watched: ReadonlySet<string>,
): ShowProgressSummary {
  const order = episodeOrder(episodes);
  let watchedCount = 0;
  for (const code of watched) if (order.positionOf.has(code)) watchedCount++;
  const total = episodes.length;
  const skipped = order.codes
    .slice(0, Math.max(horizonPosition(order, watched), 0))
    .filter((code) => !watched.has(code)).length;
  const counts = { watchedCount, total, skipped };
  if (gate.status !== 'ready') return { ...counts, next: null };
  const nextEpisode = episodes[gate.horizon + 1];
  if (!nextEpisode) return { ...counts, next: null };
  const row = episodeRow(gate, nextEpisode, watched);
  return { ...counts, next: { code: row.code, label: row.label, titleShown: row.titleShown } };
}

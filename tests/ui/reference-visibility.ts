import type { Character, Entry, Episode } from '../../src/domain/pack';
import type { UpcomingByDistance, UpcomingDetail } from '../../src/domain/show-rules';
import type { LeakScenario } from './leak-scenarios';

/**
 * What a page may show, written from ../shared/design/spec.md rather than from src/domain: the
 * property compares the real pages against this, so it must not share the code it checks.
 *
 * "An item is visible when, and only when: it opens at nothing (spoils null), or it opens at a
 * known episode at or before the horizon, or the profile revealed that one item on purpose."
 * The horizon is the furthest watched episode in canonical order. A character introduced after
 * the horizon does not exist. Episode titles are hidden except the next unwatched one (setting
 * next / all / none) or when the episode is open or was revealed; synopses are hidden unless open
 * or revealed.
 *
 * Issue 10: a show's rules by distance replace the title setting, choosing hidden, title, or title
 * and synopsis for the next episode, the rest of the current season (the season of the next
 * episode, as a special's code puts it in season 0) and later seasons. In strict mode a cast that
 * comes with no first episodes is hidden until the user says they met each one.
 */
export interface ReferenceVisibility {
  readonly horizon: number;
  /** Season numbers of the canonical order, by position. */
  readonly seasons: readonly number[];
  opensAt(spoils: string | null): boolean;
  entryVisible(entry: Entry): boolean;
  /** Notes are the user's own; only what has opened is generated as visible. */
  noteVisible(note: Entry): boolean;
  characterPresent(character: Character): boolean;
  episodeTitleVisible(episode: Episode): boolean;
  synopsisVisible(episode: Episode): boolean;
}

/** The app-wide setting, by distance: it shows titles only, never a synopsis. */
const TITLE_SETTING_AS_RULES: Record<LeakScenario['upcomingTitles'], UpcomingByDistance> = {
  all: { next: 'title', season: 'title', later: 'title' },
  next: { next: 'title', season: 'hidden', later: 'hidden' },
  none: { next: 'hidden', season: 'hidden', later: 'hidden' },
};

export function referenceVisibility(scenario: LeakScenario): ReferenceVisibility {
  const positionOf = new Map(scenario.pack.episodes.map((episode, i) => [episode.code, i]));
  const horizon = Math.max(-1, ...scenario.watched.map((code) => positionOf.get(code) ?? -1));
  const revealedEntries = new Set(scenario.revealedEntryIds);
  const revealedEpisodes = new Set(scenario.revealedEpisodeCodes);
  const opensAt = (spoils: string | null) => {
    if (spoils === null) return true;
    const position = positionOf.get(spoils);
    return position !== undefined && position <= horizon;
  };
  const seasons = scenario.pack.episodes.map((episode) => Number(/^S(\d+)/.exec(episode.code)![1]));
  const upcoming = scenario.upcoming ?? TITLE_SETTING_AS_RULES[scenario.upcomingTitles];
  /** What the rules let an episode after the horizon show. */
  const upcomingDetail = (episode: Episode): UpcomingDetail => {
    const position = positionOf.get(episode.code)!;
    if (position === horizon + 1) return upcoming.next;
    return seasons[position] === seasons[horizon + 1] ? upcoming.season : upcoming.later;
  };
  const synopsisVisible = (episode: Episode) =>
    opensAt(episode.code) ||
    revealedEpisodes.has(episode.code) ||
    upcomingDetail(episode) === 'title-and-synopsis';
  const cast = scenario.pack.characters;
  const metOnly =
    scenario.strict &&
    cast.length > 0 &&
    cast.every((character) => character.introducedIn === null);
  const met = new Set(scenario.metIds);
  return {
    horizon,
    seasons,
    opensAt,
    entryVisible: (entry) => opensAt(entry.spoils) || revealedEntries.has(entry.id),
    noteVisible: (note) => opensAt(note.spoils),
    characterPresent: (character) =>
      opensAt(character.introducedIn) && (!metOnly || met.has(character.id)),
    synopsisVisible,
    episodeTitleVisible: (episode) =>
      episode.title !== null && (synopsisVisible(episode) || upcomingDetail(episode) !== 'hidden'),
  };
}

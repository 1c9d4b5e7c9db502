import type { Character, Entry, Episode } from '../../src/domain/pack';
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
 */
export interface ReferenceVisibility {
  readonly horizon: number;
  opensAt(spoils: string | null): boolean;
  entryVisible(entry: Entry): boolean;
  /** Notes are the user's own; only what has opened is generated as visible. */
  noteVisible(note: Entry): boolean;
  characterPresent(character: Character): boolean;
  episodeTitleVisible(episode: Episode): boolean;
  synopsisVisible(episode: Episode): boolean;
}

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
  const synopsisVisible = (episode: Episode) =>
    opensAt(episode.code) || revealedEpisodes.has(episode.code);
  return {
    horizon,
    opensAt,
    entryVisible: (entry) => opensAt(entry.spoils) || revealedEntries.has(entry.id),
    noteVisible: (note) => opensAt(note.spoils),
    characterPresent: (character) => opensAt(character.introducedIn),
    synopsisVisible,
    episodeTitleVisible: (episode) => {
      if (episode.title === null) return false;
      if (synopsisVisible(episode)) return true;
      const next = positionOf.get(episode.code) === horizon + 1;
      return scenario.upcomingTitles === 'all' || (scenario.upcomingTitles === 'next' && next);
    },
  };
}

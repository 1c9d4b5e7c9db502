import type { Character } from '../pack';
import { queryWords } from '../search-text';
import { showGate, rulesOf, type ShowState } from '../show-state';
import { upcomingFromTitles, type UpcomingByDistance } from '../show-rules';

/** The show page's controls for strict mode and rules by distance, set as they apply now. */
export interface ShowRulesView {
  readonly strict: boolean;
  /** What applies: the show's own rules, or the app-wide title setting as rules. */
  readonly upcoming: UpcomingByDistance;
  /** The show has rules of its own rather than the app-wide setting. */
  readonly ownUpcoming: boolean;
  /**
   * In strict mode, for a cast with no first episodes: the id of the character not met yet whom
   * the whole name typed names (any case or accent), or null. No list of names is ever offered.
   */
  readonly meetByName: ((name: string) => string | null) | null;
}

function sameName(typed: string, name: string): boolean {
  return queryWords(typed).join(' ') === queryWords(name).join(' ');
}

export function showRulesView(state: ShowState, characters: readonly Character[]): ShowRulesView {
  const rules = rulesOf(state);
  const gate = showGate(state);
  const metOnly = gate.status === 'ready' ? gate.metOnly : undefined;
  return {
    strict: rules.strict,
    upcoming: rules.upcoming ?? upcomingFromTitles(state.upcomingTitles),
    ownUpcoming: rules.upcoming !== null,
    meetByName: metOnly
      ? (typed) =>
          queryWords(typed).length === 0
            ? null
            : (characters.find(
                (character) => !metOnly.has(character.id) && sameName(typed, character.name),
              )?.id ?? null)
      : null,
  };
}

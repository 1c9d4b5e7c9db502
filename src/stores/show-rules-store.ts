import { create } from 'zustand';
import {
  DEFAULT_SHOW_RULES,
  type Distance,
  type ShowRules,
  type UpcomingByDistance,
  type UpcomingDetail,
} from '../domain/show-rules';
import {
  STRICTEST_RULES,
  saveShowRules,
  type LoadedShowRules,
  type ShowRulesByShow,
} from '../storage/show-rules-repository';
import { noticeShown } from './notices-store';
import { ownEntry } from './own-entry';
import { persist } from './persist';

/** Each show's strict mode, rules by distance and characters met, as the user chose them. */
interface ShowRulesStore {
  byShow: ShowRulesByShow;
  /** What a show without rules of its own gets: the strictest when stored rules were lost. */
  fallback: ShowRules;
}

export const useShowRulesStore = create<ShowRulesStore>()(() => ({
  byShow: {},
  fallback: DEFAULT_SHOW_RULES,
}));

export function showRulesLoaded({ byShow, unreadable }: LoadedShowRules): void {
  if (unreadable) {
    noticeShown(
      'Your settings for each show could not be read, so every show is in strict mode with upcoming titles hidden until you choose again on its page.',
    );
  }
  useShowRulesStore.setState({
    byShow,
    fallback: unreadable ? STRICTEST_RULES : DEFAULT_SHOW_RULES,
  });
}

export function showRulesOf(store: ShowRulesStore, showId: string): ShowRules {
  return ownEntry(store.byShow, showId) ?? store.fallback;
}

/**
 * The rules to write back after another tab deleted the database; null while stored rules that
 * could not be read stand unchanged, so they are put back as they were, not replaced by none.
 */
export function showRulesHeld(): ShowRulesByShow | null {
  const { byShow, fallback } = useShowRulesStore.getState();
  return fallback === STRICTEST_RULES && Object.keys(byShow).length === 0 ? null : byShow;
}

function changed(showId: string, change: (rules: ShowRules) => ShowRules): Promise<boolean> {
  const store = useShowRulesStore.getState();
  const byShow = { ...store.byShow, [showId]: change(showRulesOf(store, showId)) };
  useShowRulesStore.setState({ byShow });
  return persist('your settings for this show', (database) => saveShowRules(database, byShow), {
    type: 'settings',
  });
}

export const strictModeChosen = (showId: string, strict: boolean) =>
  changed(showId, (rules) => ({ ...rules, strict }));

/** Sets one distance's rule; the others start from what applied until now (`current`). */
export const upcomingChosen = (
  showId: string,
  current: UpcomingByDistance,
  distance: Distance,
  detail: UpcomingDetail,
) => changed(showId, (rules) => ({ ...rules, upcoming: { ...current, [distance]: detail } }));

/** Back to the app-wide title setting. */
export const upcomingReset = (showId: string) =>
  changed(showId, (rules) => ({ ...rules, upcoming: null }));

export const characterMet = (showId: string, characterId: string) =>
  changed(showId, (rules) =>
    rules.met.includes(characterId) ? rules : { ...rules, met: [...rules.met, characterId] },
  );

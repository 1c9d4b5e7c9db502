import { orderOfCodes } from '../episode-order';
import { progressSummaryOf } from '../progress-summary';
import { rulesOf, showGate, type ShowState } from '../show-state';
import { showProgressSummary, type NextUp } from '../views';
import { documentTitle } from '../document-title';
import type { ShowSummary } from '../show-summary';
import { catchUpLinkAt } from './catch-up-link';

export interface ShowTileView {
  readonly showId: string;
  readonly title: string;
  readonly watchedCount: number;
  /** Null in strict mode: how many episodes the show has would tell how long it still goes on. */
  readonly total: number | null;
  /** Unwatched episodes before the furthest watched one: the user's own marks, no spoiler. */
  readonly skipped: number;
  readonly next: NextUp | null;
  /** Everything watched; false while progress loads. */
  readonly caughtUp: boolean;
  /** "Catch up before S1E5", when the story so far has a chapter to catch up on. */
  readonly catchUpBefore: string | null;
}

/** A tile while what it shows is read: only the show's title, which is public. */
export interface LoadingTileView {
  readonly showId: string;
  readonly title: string;
  readonly loading: true;
}

export interface LibraryPage {
  readonly documentTitle: string;
  readonly tiles: readonly (ShowTileView | LoadingTileView)[];
}

/**
 * A tile from a show state built on the show's summary (show-summary.ts) or its whole record: its
 * counts and its length come from the summary, which holds every episode's code.
 */
export function showTile(state: ShowState, summary: ShowSummary): ShowTileView | null {
  if (state.record.status !== 'ready') return null;
  const { show, episodes } = state.record.record;
  const gate = showGate(state);
  const counts =
    state.progressSummary ?? progressSummaryOf(orderOfCodes(summary.codes), state.watched);
  const progress = showProgressSummary(gate, episodes, counts, summary.codes.length);
  return {
    showId: show.id,
    title: show.title,
    ...progress,
    total: rulesOf(state).strict ? null : progress.total,
    caughtUp: gate.status === 'ready' && progress.next === null && progress.total > 0,
    catchUpBefore: catchUpLinkAt(gate, summary.firstRecap)?.code ?? null,
  };
}

/** Readable shows in the order given (by title); unreadable ones are the library's own list. */
export function libraryPage(
  states: readonly ShowState[],
  summaries: Readonly<Record<string, ShowSummary>>,
): LibraryPage {
  return {
    documentTitle: documentTitle('Your shows'),
    tiles: states.flatMap((state): (ShowTileView | LoadingTileView)[] => {
      const summary = Object.hasOwn(summaries, state.showId) ? summaries[state.showId] : undefined;
      if (!summary) return [];
      if (state.record.status === 'loading') {
        return [{ showId: state.showId, title: summary.show.title, loading: true }];
      }
      const tile = showTile(state, summary);
      return tile ? [tile] : [];
    }),
  };
}

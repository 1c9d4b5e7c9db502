import type { Gate } from '../gate';
import type { Entry } from '../pack';
import {
  isPeeked,
  itemView,
  presentCharacterNames,
  type CoveredItem,
  type PeekedItem,
  type ShownItem,
} from '../page-items';
import { entriesGate, type ShowState } from '../show-state';
import { newsEntries } from './entry-selections';
import { documentTitle } from '../document-title';

export interface NewsShow {
  readonly id: string;
  readonly title: string;
}

export interface NewsStory {
  readonly show: NewsShow;
  readonly item: ShownItem;
}

/**
 * A covered news item; while the user peeks at it, shown in its placeholder's place, so that it
 * is read where it was asked for and covered again there.
 */
export interface CoveredNews {
  readonly show: NewsShow;
  readonly item: CoveredItem | PeekedItem;
}

/** A show whose news cannot be listed: still loading, or its saved copy could not be read. */
export interface NewsNotice {
  readonly show: NewsShow;
  readonly status: 'loading' | 'unreadable';
}

export interface NewsPageView {
  readonly documentTitle: string;
  /** The show the page is about; null on the page across every show, where each item names its own. */
  readonly show: NewsShow | null;
  /** Nothing is known yet: the library, or this show, is still loading. */
  readonly loading: boolean;
  /** Visible news, newest first; undated items after dated ones, in pack order. */
  readonly stories: readonly NewsStory[];
  /**
   * Covered news, apart from the visible items so its place among them cannot hint at its date,
   * by show, then by the episode it opens after.
   */
  readonly covered: readonly CoveredNews[];
  readonly notices: readonly NewsNotice[];
}

interface ShowNews {
  readonly stories: NewsStory[];
  readonly covered: CoveredNews[];
  readonly notice: NewsNotice | null;
}

const NEWS = 'News';

/** The news of one show, for `/shows/:showId/news`. */
export function showNewsPage(state: ShowState): NewsPageView {
  if (state.record.status !== 'ready') {
    return {
      documentTitle: documentTitle(NEWS),
      show: null,
      loading: true,
      stories: [],
      covered: [],
      notices: [],
    };
  }
  const show = { id: state.showId, title: state.record.record.show.title };
  const news = showNews(state, show);
  return {
    documentTitle: documentTitle(NEWS, show.title),
    show,
    loading: false,
    stories: newestFirst(news.stories),
    covered: news.covered,
    notices: news.notice ? [news.notice] : [],
  };
}

/** The news of every show in the library, for `/news`; `states` in the order shows are listed. */
export function libraryNewsPage(
  states: readonly ShowState[],
  libraryLoaded: boolean,
): NewsPageView {
  const all = libraryLoaded
    ? states.flatMap((state) =>
        state.record.status === 'ready'
          ? [showNews(state, { id: state.showId, title: state.record.record.show.title })]
          : [],
      )
    : [];
  return {
    documentTitle: documentTitle(NEWS),
    show: null,
    loading: !libraryLoaded,
    stories: newestFirst(all.flatMap((news) => news.stories)),
    covered: all.flatMap((news) => news.covered),
    notices: all.flatMap((news) => (news.notice ? [news.notice] : [])),
  };
}

/** Fails closed: while anything of the show loads, or when it cannot be read, it lists nothing. */
function showNews(state: ShowState, show: NewsShow): ShowNews {
  const gate = entriesGate(state);
  if (gate.status !== 'ready' || state.record.status !== 'ready') {
    const status = gate.status === 'unreadable' ? 'unreadable' : 'loading';
    return { stories: [], covered: [], notice: { show, status } };
  }
  const entries = state.entries.status === 'ready' ? newsEntries(state.entries.entries) : [];
  const names = presentCharacterNames(gate, state.record.record.characters);
  const stories: NewsStory[] = [];
  const covered: { entry: Entry; item: CoveredNews['item'] }[] = [];
  for (const entry of entries) {
    const item = itemView(gate, entry, names);
    if (item.state === 'visible' && !isPeeked(item)) stories.push({ show, item });
    else covered.push({ entry, item });
  }
  return {
    stories,
    covered: byOpeningEpisode(gate, covered).map(({ item }) => ({ show, item })),
    notice: null,
  };
}

/** Dated items newest first, then undated ones; a stable sort keeps pack order among equals. */
function newestFirst(stories: readonly NewsStory[]): NewsStory[] {
  return [...stories].sort((a, b) => {
    const left = a.item.date;
    const right = b.item.date;
    if (left === right) return 0;
    if (left === null) return 1;
    if (right === null) return -1;
    // Dates are validated as YYYY-MM-DD, so text order is date order.
    return left < right ? 1 : -1;
  });
}

/** In watch order of the episode each opens after; one the show does not list goes last. */
function byOpeningEpisode<T extends { entry: Entry }>(gate: Gate, covered: readonly T[]): T[] {
  const positionOf = (entry: Entry) =>
    (gate.status === 'ready' && entry.spoils !== null
      ? gate.order.positionOf.get(entry.spoils)
      : undefined) ?? Number.POSITIVE_INFINITY;
  return [...covered].sort((a, b) => {
    const left = positionOf(a.entry);
    const right = positionOf(b.entry);
    return left === right ? 0 : left < right ? -1 : 1;
  });
}

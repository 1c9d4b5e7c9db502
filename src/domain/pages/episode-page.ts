import { codeOrder, episodeOrder, type CodeOrder } from '../episode-order';
import type { Character } from '../pack';
import { entriesGate, rulesOf, showGate, type ShowState } from '../show-state';
import { documentTitle } from '../document-title';
import { episodeItems, type EpisodeItem } from './episode-items';
import { episodeNotesView, type EpisodeNotesView } from './notes-view';
import { episodeRowView, type EpisodeRowView } from './episode-rows';

export type EpisodeItemsSection =
  | { readonly status: 'loading' }
  | { readonly status: 'unreadable' }
  | { readonly status: 'ready'; readonly items: readonly EpisodeItem[] };

export interface ReadyEpisodePage {
  readonly status: 'ready';
  readonly showId: string;
  readonly showTitle: string;
  /** From the code and the show's title only: history keeps every title a tab had. */
  readonly documentTitle: string;
  readonly episode: EpisodeRowView;
  /** Codes in watch order, for the offer to mark earlier episodes too. */
  readonly order: CodeOrder;
  readonly items: EpisodeItemsSection;
  readonly previous: EpisodeRowView | null;
  readonly next: EpisodeRowView | null;
  readonly notes: EpisodeNotesView;
}

export type EpisodePage =
  | { readonly status: 'loading' | 'missing' | 'unreadable' }
  | { readonly status: 'no-episode' }
  | ReadyEpisodePage;

function itemsSection(
  state: ShowState,
  characters: readonly Character[],
  code: string,
): EpisodeItemsSection {
  if (state.entries.status === 'unreadable') return { status: 'unreadable' };
  const gate = entriesGate(state);
  // Until progress is there, a placeholder could not even say when its item opens.
  if (state.entries.status === 'loading' || gate.status !== 'ready') return { status: 'loading' };
  return { status: 'ready', items: episodeItems(gate, state.entries.entries, characters, code) };
}

export function episodePage(state: ShowState, code: string): EpisodePage {
  if (state.record.status !== 'ready') return { status: state.record.status };
  // Marks are read as the page opens: until then no box may show a show's episodes unwatched.
  if (!state.progressLoaded) return { status: 'loading' };
  const { show, episodes, characters } = state.record.record;
  const order = episodeOrder(episodes);
  const position = order.positionOf.get(code);
  const episode = position === undefined ? undefined : episodes[position];
  if (position === undefined || !episode) return { status: 'no-episode' };
  const gate = showGate(state);
  // Strict mode links no episode past the next one: a link from S1E10 to S2E1 says S1E10 ends a season.
  const lastLinked = !rulesOf(state).strict
    ? episodes.length - 1
    : gate.status === 'ready'
      ? gate.horizon + 1
      : -1;
  const rowOf = (at: number) => {
    const neighbour = at <= lastLinked ? episodes[at] : undefined;
    return neighbour ? episodeRowView(gate, neighbour, state.watched) : null;
  };
  return {
    status: 'ready',
    showId: show.id,
    showTitle: show.title,
    documentTitle: documentTitle(code, show.title),
    episode: episodeRowView(gate, episode, state.watched),
    order: codeOrder(episodes),
    items: itemsSection(state, characters, code),
    previous: rowOf(position - 1),
    next: rowOf(position + 1),
    notes: episodeNotesView(state, code),
  };
}

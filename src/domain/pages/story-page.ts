import type { ReadyGate } from '../gate';
import type { Entry } from '../pack';
import { itemView, presentCharacterNames, type ShownItem } from '../page-items';
import { markdownText } from '../search-text';
import { entriesGate, oncePerState, type ShowState } from '../show-state';
import { episodeRow } from '../views';
import { documentTitle } from '../document-title';

/**
 * The story so far: every recap that has opened, in watch order, up to the horizon. A recap
 * revealed early beyond the horizon is left out: the story is what happened so far, and a later
 * chapter read among earlier ones would be out of place; it stays on its episode's page.
 */

export interface StoryChapter {
  readonly code: string;
  /** The episode's title when it may be shown, else "Episode 7" (episodeRow's label). */
  readonly label: string;
  readonly recaps: readonly ShownItem[];
}

/** "Previously on": the last chapters of the story, read before the next episode. */
export interface CatchUp {
  /** The next episode: the one after the horizon. */
  readonly before: string;
  readonly chapters: readonly StoryChapter[];
}

export interface ReadyStory {
  readonly status: 'ready';
  readonly documentTitle: string;
  readonly showTitle: string;
  /** The furthest watched episode; null when nothing is watched. */
  readonly through: string | null;
  /** Recaps safe for anyone (tied to no episode): the premise the story starts from. */
  readonly beforeItStarts: readonly ShownItem[];
  readonly chapters: readonly StoryChapter[];
  readonly catchUp: CatchUp | null;
  /** The story as plain text, for "Copy story": visible content only, without Markdown signs. */
  readonly plainText: string;
}

export type StoryPage =
  | { readonly status: 'loading'; readonly documentTitle: string }
  | { readonly status: 'unreadable'; readonly documentTitle: string }
  | { readonly status: 'missing'; readonly documentTitle: string }
  | ReadyStory;

export const CATCH_UP_CHAPTERS = 3;

const PAGE_NAME = 'Story so far';

/** The same view for the same state. */
export const storyPage = oncePerState(buildStoryPage);

function buildStoryPage(state: ShowState): StoryPage {
  const { record } = state;
  if (record.status === 'missing') return { status: 'missing', documentTitle: documentTitle() };
  if (record.status !== 'ready') {
    return { status: record.status, documentTitle: documentTitle(PAGE_NAME) };
  }
  const showTitle = record.record.show.title;
  const title = documentTitle(PAGE_NAME, showTitle);
  const gate = entriesGate(state);
  if (gate.status !== 'ready' || state.entries.status !== 'ready') {
    return {
      status: gate.status === 'unreadable' ? 'unreadable' : 'loading',
      documentTitle: title,
    };
  }
  const names = presentCharacterNames(gate, record.record.characters);
  const shown = (entries: readonly Entry[]) =>
    entries
      .map((entry) => itemView(gate, entry, names))
      .filter((item): item is ShownItem => item.state === 'visible');
  const recaps = state.entries.entries.filter((entry) => entry.kind === 'recap');
  const beforeItStarts = shown(recaps.filter((entry) => entry.spoils === null));
  const chapters = storyChapters(gate, recaps, state.watched, shown);
  const through = gate.order.codes[gate.horizon] ?? null;
  const next = gate.order.codes[gate.horizon + 1];
  return {
    status: 'ready',
    documentTitle: title,
    showTitle,
    through,
    beforeItStarts,
    chapters,
    catchUp:
      next !== undefined && chapters.length > 0
        ? { before: next, chapters: chapters.slice(-CATCH_UP_CHAPTERS) }
        : null,
    plainText: storyText(showTitle, through, beforeItStarts, chapters),
  };
}

function storyChapters(
  gate: ReadyGate,
  recaps: readonly Entry[],
  watched: ReadonlySet<string>,
  shown: (entries: readonly Entry[]) => ShownItem[],
): StoryChapter[] {
  const byCode = new Map<string, Entry[]>();
  for (const recap of recaps) {
    if (recap.spoils === null) continue;
    const own = byCode.get(recap.spoils);
    if (own) own.push(recap);
    else byCode.set(recap.spoils, [recap]);
  }
  const chapters: StoryChapter[] = [];
  gate.order.episodes.slice(0, gate.horizon + 1).forEach((episode) => {
    const visible = shown(byCode.get(episode.code) ?? []);
    if (visible.length === 0) return;
    const { code, label } = episodeRow(gate, episode, watched);
    chapters.push({ code, label, recaps: visible });
  });
  return chapters;
}

function recapText(recap: ShownItem): string {
  return [recap.title, markdownText(recap.body)].filter((part) => part).join('\n');
}

function storyText(
  showTitle: string,
  through: string | null,
  beforeItStarts: readonly ShownItem[],
  chapters: readonly StoryChapter[],
): string {
  const blocks = [`${showTitle}: the story so far${through ? `, through ${through}` : ''}`];
  if (beforeItStarts.length > 0) {
    blocks.push('Before it starts', ...beforeItStarts.map(recapText));
  }
  for (const chapter of chapters) {
    blocks.push(`${chapter.code} · ${chapter.label}`, ...chapter.recaps.map(recapText));
  }
  return `${blocks.join('\n\n')}\n`;
}

import { episodeOrder } from './episode-order';
import type { Entry, Episode, ShowInfo } from './pack';
import { orderKeyOf } from './progress-summary';
import { episodeRevealKey, withEpisodeRevealKey } from './reveal-keys';
import type { ShowRecord } from './show-state';

/** What a library tile shows of an episode: its place in watch order and, when open, its title. */
export interface SummaryEpisode {
  readonly code: string;
  readonly title: string | null;
  /** The key a reveal of the whole episode holds, which its title and code alone cannot give. */
  readonly revealKey: string;
}

/**
 * What the library's first page needs of a show, stored beside it so that start-up reads neither
 * its synopses, its characters nor its recaps. The profile's own marks are read apart.
 */
export interface ShowSummary {
  readonly show: ShowInfo;
  /** In watch order, as the show stores them. */
  readonly episodes: readonly SummaryEpisode[];
  /**
   * The episode of the recap that opens first as the user watches, for "Catch up before…"; null
   * when no recap is tied to an episode the show lists (one tied to none starts no chapter).
   */
  readonly firstRecap: string | null;
  /** The fingerprint of its episode order (progress-summary.ts), which progress summaries hold. */
  readonly orderKey: string;
}

export function firstRecapOf(
  episodes: readonly Episode[],
  entries: readonly Entry[],
): string | null {
  const { positionOf } = episodeOrder(episodes);
  let first: { code: string; position: number } | null = null;
  for (const entry of entries) {
    if (entry.kind !== 'recap' || entry.spoils === null) continue;
    const position = positionOf.get(entry.spoils);
    if (position !== undefined && (first === null || position < first.position)) {
      first = { code: entry.spoils, position };
    }
  }
  return first?.code ?? null;
}

export function showSummary(record: ShowRecord, entries: readonly Entry[]): ShowSummary {
  return {
    show: record.show,
    episodes: record.episodes.map((episode) => ({
      code: episode.code,
      title: episode.title,
      revealKey: episodeRevealKey(episode),
    })),
    firstRecap: firstRecapOf(record.episodes, entries),
    orderKey: orderKeyOf(episodeOrder(record.episodes).codes),
  };
}

const records = new WeakMap<ShowSummary, ShowRecord>();

/**
 * A summary as the record a tile's gate is built from: the episodes without what only their own
 * pages show, and no characters (a tile names none). The same object for the same summary.
 */
export function summaryRecord(summary: ShowSummary): ShowRecord {
  let record = records.get(summary);
  if (record === undefined) {
    record = {
      show: summary.show,
      episodes: summary.episodes.map(({ code, title, revealKey }) =>
        withEpisodeRevealKey(
          { code, title, airDate: null, runtime: null, synopsis: null },
          revealKey,
        ),
      ),
      characters: [],
    };
    records.set(summary, record);
  }
  return record;
}

import { episodeOrder } from './episode-order';
import type { Entry, Episode, ShowInfo } from './pack';
import { orderKeyOf } from './progress-summary';
import { episodeFingerprint, episodeKeyOf, withEpisodeRevealKey } from './reveal-keys';
import type { ShowRecord } from './show-state';

/**
 * What the library's first page needs of a show, stored beside it so that start-up reads neither
 * its synopses, its characters nor its recaps. The profile's own marks are read apart.
 *
 * Start-up reads every show's summary, and building an object, a title and a reveal key for each
 * of a long show's 17,000 episodes cost more than all else at start-up; so titles and keys stay as
 * one string each, read only for the few episodes a tile shows (tileRecord).
 */
export interface ShowSummary {
  readonly show: ShowInfo;
  /** Episode codes in watch order, as the show stores them. */
  readonly codes: readonly string[];
  /** Their titles, as a JSON array with null where there is none. */
  readonly titles: string;
  /** What each one's reveal key holds apart from its code (reveal-keys.ts), separated by spaces. */
  readonly revealFingerprints: string;
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
  const codes = episodeOrder(record.episodes).codes;
  return {
    show: record.show,
    codes,
    titles: JSON.stringify(record.episodes.map((episode) => episode.title)),
    revealFingerprints: record.episodes.map(episodeFingerprint).join(' '),
    firstRecap: firstRecapOf(record.episodes, entries),
    orderKey: orderKeyOf(codes),
  };
}

/** A summary's titles and fingerprints as lists, read once, when a tile first needs them. */
const episodeLists = new WeakMap<
  ShowSummary,
  { titles: readonly unknown[]; fingerprints: readonly string[] }
>();

function listsOf(summary: ShowSummary) {
  let lists = episodeLists.get(summary);
  if (lists === undefined) {
    let titles: unknown;
    try {
      titles = JSON.parse(summary.titles);
    } catch {
      titles = [];
    }
    lists = {
      titles: Array.isArray(titles) ? titles : [],
      fingerprints: summary.revealFingerprints.split(' '),
    };
    episodeLists.set(summary, lists);
  }
  return lists;
}

/**
 * One episode of a summary as a tile's gate reads it. A title that cannot be read is none, and a
 * reveal key that cannot be read matches no reveal: both stay covered.
 */
function summaryEpisode(summary: ShowSummary, position: number): Episode {
  const { titles, fingerprints } = listsOf(summary);
  const code = summary.codes[position] ?? '';
  const title = titles[position];
  const contentFingerprint = fingerprints[position];
  return withEpisodeRevealKey(
    {
      code,
      title: typeof title === 'string' ? title : null,
      ...{ airDate: null, runtime: null, synopsis: null },
    },
    contentFingerprint === undefined ? '' : episodeKeyOf(code, contentFingerprint),
  );
}

const records = new WeakMap<ShowSummary, Map<string | null, ShowRecord>>();

/**
 * The record a library tile's gate is built from: of the episodes, only those the tile's gate
 * reads, in watch order: the furthest watched one (`horizon`, null when none is), the one after it
 * and the first recap's. Every comparison the tile makes is between these, so it comes out as it
 * would over the whole order; one with another horizon (another person's, or a shared link's
 * "safe up to") needs the whole record. No characters: a tile names none. The same object for the
 * same summary and horizon.
 */
export function tileRecord(summary: ShowSummary, horizon: string | null): ShowRecord {
  let byHorizon = records.get(summary);
  if (byHorizon === undefined) {
    byHorizon = new Map();
    records.set(summary, byHorizon);
  }
  let record = byHorizon.get(horizon);
  if (record === undefined) {
    const { codes, firstRecap } = summary;
    const horizonAt = horizon === null ? -1 : codes.indexOf(horizon);
    const firstRecapAt = firstRecap === null ? -1 : codes.indexOf(firstRecap);
    const positions = [...new Set([horizonAt, horizonAt + 1, firstRecapAt])]
      .filter((position) => position >= 0 && position < codes.length)
      .sort((a, b) => a - b);
    record = {
      show: summary.show,
      episodes: positions.map((position) => summaryEpisode(summary, position)),
      characters: [],
    };
    byHorizon.set(horizon, record);
  }
  return record;
}

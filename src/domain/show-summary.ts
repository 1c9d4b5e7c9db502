import { episodeOrder } from './episode-order';
import type { Entry, Episode, ShowInfo } from './pack';
import { orderKeyOf } from './progress-summary';
import { episodeFingerprint, episodeKeyOf, fingerprint, withEpisodeRevealKey } from './reveal-keys';
import type { ShowRecord } from './show-state';

/**
 * What the library's first page needs of a show, stored beside it so that start-up reads neither
 * its synopses, its characters nor its recaps. The profile's own marks are read apart.
 *
 * A tile names at most three episodes: the furthest watched, the next and the first recap's. So
 * episode titles and reveal fingerprints are stored apart, in chunks of HEADS_PER_CHUNK episodes,
 * and start-up reads only the chunks of those three: what it reads does not grow with the episodes
 * a show has, nor with the shows a library has.
 */
export interface ShowSummary {
  readonly show: ShowInfo;
  /** Episode codes in watch order, as the show stores them. */
  readonly codes: readonly string[];
  /**
   * The episode of the recap that opens first as the user watches, for "Catch up before…"; null
   * when no recap is tied to an episode the show lists (one tied to none starts no chapter).
   */
  readonly firstRecap: string | null;
  /** The fingerprint of its episode order (progress-summary.ts), which progress summaries hold. */
  readonly orderKey: string;
  /** The fingerprint of every chunk of heads: a chunk stored with another belongs to another copy. */
  readonly headsKey: string;
  /** The chunks of heads read so far, by chunk number. */
  readonly heads: ReadonlyMap<number, EpisodeHeads>;
}

export const HEADS_PER_CHUNK = 256;

/** Of HEADS_PER_CHUNK episodes in watch order (fewer in the last chunk): what a tile reads of them. */
export interface EpisodeHeads {
  /** Null where an episode has no title. */
  readonly titles: readonly (string | null)[];
  /** What each one's reveal key holds apart from its code (reveal-keys.ts). */
  readonly fingerprints: readonly string[];
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

function headChunks(episodes: readonly Episode[]): Map<number, EpisodeHeads> {
  const chunks = new Map<number, EpisodeHeads>();
  for (let start = 0; start < episodes.length; start += HEADS_PER_CHUNK) {
    const chunk = episodes.slice(start, start + HEADS_PER_CHUNK);
    chunks.set(start / HEADS_PER_CHUNK, {
      titles: chunk.map((episode) => episode.title),
      fingerprints: chunk.map(episodeFingerprint),
    });
  }
  return chunks;
}

/** The fingerprint of a show's heads, in chunk order. */
function headsKeyOf(heads: ReadonlyMap<number, EpisodeHeads>): string {
  const parts: (string | null)[] = [];
  for (const chunk of heads.values()) parts.push(...chunk.titles, ...chunk.fingerprints);
  return fingerprint(parts);
}

/** A show's summary with every chunk of heads. */
export function showSummary(record: ShowRecord, entries: readonly Entry[]): ShowSummary {
  const codes = episodeOrder(record.episodes).codes;
  const heads = headChunks(record.episodes);
  return {
    show: record.show,
    codes,
    firstRecap: firstRecapOf(record.episodes, entries),
    orderKey: orderKeyOf(codes),
    headsKey: headsKeyOf(heads),
    heads,
  };
}

/** The same summary holding these chunks of heads too. */
export function withHeads(
  summary: ShowSummary,
  chunks: ReadonlyMap<number, EpisodeHeads>,
): ShowSummary {
  return { ...summary, heads: new Map([...summary.heads, ...chunks]) };
}

/** Whether a chunk has a head for each episode it covers: one stored short cannot be trusted. */
export function headsFit(summary: ShowSummary, chunk: number, heads: EpisodeHeads): boolean {
  const length = Math.min(HEADS_PER_CHUNK, summary.codes.length - chunk * HEADS_PER_CHUNK);
  return heads.titles.length === length && heads.fingerprints.length === length;
}

/** The positions a tile reads, in watch order: see tileRecord. */
function tilePositions(summary: ShowSummary, horizon: string | null): number[] {
  const { codes, firstRecap } = summary;
  const horizonAt = horizon === null ? -1 : codes.indexOf(horizon);
  const firstRecapAt = firstRecap === null ? -1 : codes.indexOf(firstRecap);
  return [...new Set([horizonAt, horizonAt + 1, firstRecapAt])]
    .filter((position) => position >= 0 && position < codes.length)
    .sort((a, b) => a - b);
}

/** The chunks of heads a tile around `horizon` reads that the summary does not hold yet. */
export function headsMissing(summary: ShowSummary, horizon: string | null): number[] {
  const chunks = tilePositions(summary, horizon).map((at) => Math.floor(at / HEADS_PER_CHUNK));
  return [...new Set(chunks)].filter((chunk) => !summary.heads.has(chunk));
}

/**
 * One episode of a summary as a tile's gate reads it, or null while its chunk is unread. Its
 * reveal key is that of the whole episode, so a reveal of it still opens it.
 */
function summaryEpisode(summary: ShowSummary, position: number): Episode | null {
  const chunk = summary.heads.get(Math.floor(position / HEADS_PER_CHUNK));
  if (!chunk) return null;
  const at = position % HEADS_PER_CHUNK;
  const code = summary.codes[position] ?? '';
  return withEpisodeRevealKey(
    {
      code,
      title: chunk.titles[at] ?? null,
      ...{ airDate: null, runtime: null, synopsis: null },
    },
    episodeKeyOf(code, chunk.fingerprints[at] ?? ''),
  );
}

const records = new WeakMap<ShowSummary, Map<string | null, ShowRecord>>();

/**
 * The record a library tile's gate is built from: of the episodes, only those the tile's gate
 * reads, in watch order: the furthest watched one (`horizon`, null when none is), the one after it
 * and the first recap's. Every comparison the tile makes is between these, so it comes out as it
 * would over the whole order; one with another horizon (another person's, or a shared link's
 * "safe up to") needs the whole record. No characters: a tile names none. Null until the summary
 * holds their heads (headsMissing). The same object for the same summary and horizon.
 */
export function tileRecord(summary: ShowSummary, horizon: string | null): ShowRecord | null {
  let byHorizon = records.get(summary);
  if (byHorizon === undefined) {
    byHorizon = new Map();
    records.set(summary, byHorizon);
  }
  let record = byHorizon.get(horizon);
  if (record === undefined) {
    const episodes: Episode[] = [];
    for (const at of tilePositions(summary, horizon)) {
      const episode = summaryEpisode(summary, at);
      if (!episode) return null;
      episodes.push(episode);
    }
    record = { show: summary.show, episodes, characters: [] };
    byHorizon.set(horizon, record);
  }
  return record;
}

import type { IDBPTransaction, StoreNames } from 'idb';
import * as v from 'valibot';
import type { Entry } from '../domain/pack';
import { showSchema } from '../domain/pack-schema';
import {
  HEADS_PER_CHUNK,
  headsFit,
  showSummary,
  withHeads,
  type EpisodeHeads,
  type ShowSummary,
} from '../domain/show-summary';
import type { ShowRecord } from '../domain/show-state';
import type { PreviouslySchema } from './database-schema';

const storedSummarySchema = v.object({
  show: showSchema,
  codes: v.string(),
  firstRecap: v.nullable(v.string()),
  orderKey: v.string(),
  headsKey: v.string(),
});

const storedHeadsSchema = v.object({
  headsKey: v.string(),
  titles: v.array(v.nullable(v.string())),
  fingerprints: v.array(v.string()),
});

type SummaryTransaction = IDBPTransaction<
  PreviouslySchema,
  ArrayLike<StoreNames<PreviouslySchema>>,
  'readwrite' | 'versionchange'
>;

/** The key range of every chunk of a show's heads. */
const headsRange = (showId: string) => IDBKeyRange.bound([showId], [showId, []]);

/**
 * Writes a show's summary and every chunk of its heads in an open transaction, in place of those
 * stored before; the writes' requests, to wait on. The summary must hold every chunk, as
 * showSummary builds it: one read from storage holds only those read so far.
 */
export function summaryWrites(
  transaction: SummaryTransaction,
  summary: ShowSummary,
): Promise<unknown>[] {
  const showId = summary.show.id;
  const { heads, codes, ...rest } = summary;
  if (heads.size !== Math.ceil(codes.length / HEADS_PER_CHUNK)) {
    throw new Error('a summary holding only some of its heads cannot replace them all');
  }
  const headsStore = transaction.objectStore('episodeHeads');
  return [
    transaction.objectStore('showSummaries').put({ ...rest, codes: codes.join('\n') }, showId),
    headsStore.delete(headsRange(showId)),
    ...[...heads].map(([chunk, { titles, fingerprints }]) =>
      headsStore.put({ headsKey: summary.headsKey, titles, fingerprints }, [showId, chunk]),
    ),
  ];
}

/** The summary of a show and its recaps, written as summaryWrites does. */
export function summaryWritesOf(
  transaction: SummaryTransaction,
  show: ShowRecord,
  entries: readonly Entry[],
): Promise<unknown>[] {
  return summaryWrites(transaction, showSummary(show, entries));
}

/**
 * A stored summary, checked, holding no heads yet; null when it cannot be read or is another
 * show's. A summary holds nothing the user made, so one that cannot be read (or was stored in an
 * earlier form) is simply built again from its show.
 */
export function readShowSummary(key: string, value: unknown): ShowSummary | null {
  const parsed = v.safeParse(storedSummarySchema, value);
  if (!parsed.success || parsed.output.show.id !== key) return null;
  const { codes, ...rest } = parsed.output;
  return { ...rest, codes: codes === '' ? [] : codes.split('\n'), heads: new Map() };
}

type HeadsReader = Pick<IDBPTransaction<PreviouslySchema, ['episodeHeads']>, 'objectStore'>;

/**
 * The summary holding these chunks of heads too, read in `transaction`; null when one of them is
 * missing, cannot be read or belongs to another copy of the show: the summary is then built again.
 */
export async function summaryWithHeadsRead(
  transaction: HeadsReader,
  summary: ShowSummary,
  chunks: readonly number[],
): Promise<ShowSummary | null> {
  if (chunks.length === 0) return summary;
  const store = transaction.objectStore('episodeHeads');
  const values = await Promise.all(chunks.map((chunk) => store.get([summary.show.id, chunk])));
  const read = new Map<number, EpisodeHeads>();
  for (const [index, chunk] of chunks.entries()) {
    const parsed = v.safeParse(storedHeadsSchema, values[index]);
    if (!parsed.success || parsed.output.headsKey !== summary.headsKey) return null;
    const { titles, fingerprints } = parsed.output;
    if (!headsFit(summary, chunk, { titles, fingerprints })) return null;
    read.set(chunk, { titles, fingerprints });
  }
  return withHeads(summary, read);
}

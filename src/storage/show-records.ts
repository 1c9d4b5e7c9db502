import * as v from 'valibot';
import type { Entry } from '../domain/pack';
import { showSummary, type ShowSummary } from '../domain/show-summary';
import { wellFormedEntries, wellFormedEpisodes } from '../domain/well-formed-records';
import type { PreviouslyDatabase, PreviouslySchema, StoredShow } from './database';
import { readShowSummary, summaryWithHeadsRead, summaryWrites } from './show-summaries';
import {
  storedEntriesSchema,
  storedShowButEpisodesSchema,
  storedShowSchema,
} from './stored-schemas';

/**
 * Reading a show's whole record and its recaps, when a page of the show first needs them. Apart
 * from repository.ts, so that the first page, which reads only summaries, carries neither this
 * code nor the checks of whole records.
 */

async function quarantine(
  database: PreviouslyDatabase,
  store: keyof PreviouslySchema & string,
  key: string,
  value: unknown,
  reason: string,
): Promise<void> {
  await database.put(
    'quarantine',
    { store, key, value, reason, at: Date.now() },
    `${store}/${key}`,
  );
}

export type ShowResult = { ok: true; show: StoredShow } | { ok: false; problem: string };

/** A stored show record, checked, or null when it cannot be read or is another show's. */
function parsedShow(key: string, value: unknown): StoredShow | null {
  const episodes = (value as { episodes?: unknown } | null)?.episodes;
  if (Array.isArray(episodes) && wellFormedEpisodes(episodes)) {
    const rest = v.safeParse(storedShowButEpisodesSchema, value);
    return rest.success && rest.output.show.id === key ? { ...rest.output, episodes } : null;
  }
  const parsed = v.safeParse(storedShowSchema, value);
  return parsed.success && parsed.output.show.id === key ? parsed.output : null;
}

/** A show record that cannot be read: kept aside, and reported. */
async function showSetAside(
  database: PreviouslyDatabase,
  key: string,
  value: unknown,
): Promise<{ ok: false; problem: string }> {
  await quarantine(database, 'shows', key, value, 'stored show could not be read');
  return {
    ok: false,
    problem: `The saved copy of the show "${key}" could not be read. It was kept aside unchanged and its content stays covered; import its recap pack again to use it.`,
  };
}

/** One show as stored now, or undefined when there is none. */
export async function loadShow(
  database: PreviouslyDatabase,
  showId: string,
): Promise<ShowResult | undefined> {
  const value: unknown = await database.get('shows', showId);
  if (value === undefined) return undefined;
  const show = parsedShow(showId, value);
  return show ? { ok: true, show } : showSetAside(database, showId, value);
}

export type SummaryResult = { ok: true; summary: ShowSummary } | { ok: false; problem: string };

/**
 * A show's summary built again from its record and recaps, and stored: for a show stored without
 * one, or whose summary or heads cannot be read. Undefined when there is no such show. Read and
 * written in one transaction, so that a copy another tab stores meanwhile is never summarised as
 * an older one.
 */
export async function summaryRebuilt(
  database: PreviouslyDatabase,
  showId: string,
): Promise<SummaryResult | undefined> {
  const transaction = database.transaction(
    ['shows', 'entries', 'showSummaries', 'episodeHeads'],
    'readwrite',
  );
  const [showValue, entriesValue] = await Promise.all([
    transaction.objectStore('shows').get(showId),
    transaction.objectStore('entries').get(showId),
  ]);
  if (showValue === undefined) return undefined;
  const show = parsedShow(showId, showValue);
  if (!show) {
    await transaction.done;
    return showSetAside(database, showId, showValue);
  }
  // Recaps that cannot be read stay covered, so the tile links to none of them; they are set
  // aside when a page of the show reads them.
  const entries = v.safeParse(storedEntriesSchema, entriesValue ?? []);
  const summary = showSummary(show, entries.success ? entries.output : []);
  await Promise.all([...summaryWrites(transaction, summary), transaction.done]);
  return { ok: true, summary };
}

/**
 * The summary holding these chunks of its episodes' heads too, read from storage; when one cannot
 * be had as it should be, the summary and its heads are built again from the show.
 */
export async function summaryHeadsRead(
  database: PreviouslyDatabase,
  summary: ShowSummary,
  chunks: readonly number[],
): Promise<SummaryResult | undefined> {
  const read = await summaryWithHeadsRead(database.transaction('episodeHeads'), summary, chunks);
  return read ? { ok: true, summary: read } : summaryRebuilt(database, summary.show.id);
}

/** One show's summary as stored now, or undefined when there is no such show. */
export async function loadSummary(
  database: PreviouslyDatabase,
  showId: string,
): Promise<SummaryResult | undefined> {
  const transaction = database.transaction(['shows', 'showSummaries'], 'readonly');
  const [showKey, value] = await Promise.all([
    transaction.objectStore('shows').getKey(showId),
    transaction.objectStore('showSummaries').get(showId),
  ]);
  if (showKey === undefined) return undefined;
  const summary = readShowSummary(showId, value);
  return summary ? { ok: true, summary } : summaryRebuilt(database, showId);
}

/** What the first page needs: no show's episodes, characters or recaps are read. */
export type EntriesResult = { ok: true; entries: Entry[] } | { ok: false; problem: string };

export async function loadEntries(
  database: PreviouslyDatabase,
  showId: string,
): Promise<EntriesResult> {
  const value: unknown = await database.get('entries', showId);
  if (value === undefined) return { ok: true, entries: [] };
  if (Array.isArray(value) && wellFormedEntries(value)) return { ok: true, entries: value };
  const parsed = v.safeParse(storedEntriesSchema, value);
  if (parsed.success) return { ok: true, entries: parsed.output };
  await quarantine(database, 'entries', showId, value, 'stored entries could not be read');
  return {
    ok: false,
    problem: `The saved recaps of "${showId}" could not be read. They were kept aside unchanged and stay covered; import the show's recap pack again to use them.`,
  };
}

import type { ShowSummary } from '../domain/show-summary';
import { summaryHeadsRead } from '../storage/show-records';
import { useConnectionStore } from './connection-store';
import { currentDatabase } from './database-handle';
import { headsRead, useLibraryStore } from './library-store';
import { noticeShown } from './notices-store';
import { ownEntry } from './own-entry';

/**
 * Reading the chunks of episode heads a library tile waits for when start-up did not read them
 * (another tab moved the furthest episode, another profile was chosen). Loaded when first needed,
 * so the first page carries none of it.
 */

/** By the summary they were read for, then the chunks ("3 17"). */
const requests = new WeakMap<ShowSummary, Map<string, Promise<void>>>();

/** Reads these chunks for the summary held with this headsKey; none for another one. */
export function headsNeeded(
  showId: string,
  headsKey: string,
  chunks: readonly number[],
): Promise<void> {
  const summary = ownEntry(useLibraryStore.getState().summaries, showId);
  const open = useConnectionStore.getState().status === 'open';
  if (summary?.headsKey !== headsKey || !open) return Promise.resolve();
  const ofSummary = requests.get(summary) ?? new Map<string, Promise<void>>();
  requests.set(summary, ofSummary);
  const key = chunks.join(' ');
  const pending = ofSummary.get(key);
  if (pending) return pending;
  const request = summaryHeadsRead(currentDatabase(), summary, chunks)
    .then((result) => {
      if (result && !result.ok) noticeShown(result.problem);
      headsRead(summary, result);
    })
    .catch((error: unknown) => {
      const problem = `The show "${showId}" could not be read (${String(error)}); it stays covered. Reload to try again.`;
      noticeShown(problem);
      headsRead(summary, { ok: false, problem });
    });
  // Kept once done: a read that failed lists the show as unreadable instead of trying again.
  ofSummary.set(key, request);
  return request;
}

import * as v from 'valibot';
import type { Entry } from '../domain/pack';
import { showSchema } from '../domain/pack-schema';
import { showSummary, type ShowSummary } from '../domain/show-summary';
import type { ShowRecord } from '../domain/show-state';

/** A show summary as stored: its codes as one string too, one per line (a code holds no break). */
export type StoredShowSummary = Omit<ShowSummary, 'codes'> & { codes: string };

const storedSummarySchema = v.object({
  show: showSchema,
  codes: v.string(),
  titles: v.string(),
  revealFingerprints: v.string(),
  firstRecap: v.nullable(v.string()),
  orderKey: v.string(),
});

export function storedShowSummary(summary: ShowSummary): StoredShowSummary {
  return { ...summary, codes: summary.codes.join('\n') };
}

/** The stored summary of a show and its recaps. */
export function storedSummaryOf(show: ShowRecord, entries: readonly Entry[]): StoredShowSummary {
  return storedShowSummary(showSummary(show, entries));
}

/**
 * A stored summary, checked; null when it cannot be read or is another show's. A summary holds
 * nothing the user made, so one that cannot be read (or was stored in an earlier form) is simply
 * built again from its show.
 */
export function readShowSummary(key: string, value: unknown): ShowSummary | null {
  const parsed = v.safeParse(storedSummarySchema, value);
  if (!parsed.success || parsed.output.show.id !== key) return null;
  const { show, codes, titles, revealFingerprints, firstRecap, orderKey } = parsed.output;
  return {
    show,
    codes: codes === '' ? [] : codes.split('\n'),
    ...{ titles, revealFingerprints, firstRecap, orderKey },
  };
}

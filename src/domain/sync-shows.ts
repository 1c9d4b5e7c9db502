import { SYNC_SCHEMA } from './sync-items';

/**
 * Which shows a profile follows, synced by show id and where the show came from, never with its
 * content: a device that lacks one gets it again from its source.
 */

export type ShowSource =
  | { kind: 'built-in' }
  | { kind: 'tvmaze'; tvmazeId: number }
  /** A recap pack file, which only the person has: the device asks for it by the show's id. */
  | { kind: 'pack' };

/** The built-in default show's id. */
export const BUILT_IN_SHOW_ID = 'ballard';

export interface SyncedShow {
  kind: 'show';
  schema: number;
  showId: string;
  title: string;
  source: ShowSource;
  at: number;
}

/** Where a show came from, as its id says: TVmaze imports are "tvmaze-<id>-<name>". */
export function showSourceOf(showId: string): ShowSource {
  if (showId === BUILT_IN_SHOW_ID) return { kind: 'built-in' };
  const tvmaze = /^tvmaze-(\d{1,12})(?:-|$)/.exec(showId);
  return tvmaze?.[1] ? { kind: 'tvmaze', tvmazeId: Number(tvmaze[1]) } : { kind: 'pack' };
}

export const showRecordId = (showId: string) => `show:${encodeURIComponent(showId)}`;

export const SHOW_RECORD_PREFIX = 'show:';

/** The shows this device has that the synced records do not name yet. */
export function showsToSend(
  stored: readonly { showId: string; title: string }[],
  synced: readonly SyncedShow[],
  now: number,
): SyncedShow[] {
  const known = new Set(synced.map((show) => show.showId));
  return stored
    .filter(({ showId }) => !known.has(showId))
    .map(({ showId, title }) => ({
      kind: 'show',
      schema: SYNC_SCHEMA,
      showId,
      title,
      source: showSourceOf(showId),
      at: now,
    }));
}

/** Shows followed on another device that this one lacks, by title. */
export function showsElsewhere(
  synced: readonly SyncedShow[],
  here: ReadonlySet<string>,
): SyncedShow[] {
  return synced
    .filter((show) => !here.has(show.showId))
    .sort((a, b) => a.title.localeCompare(b.title));
}

import * as v from 'valibot';
import { withoutInvisibleCharacters } from '../../domain/invisible-characters';
import { SYNC_SCHEMA } from '../../domain/sync-items';
import {
  SHOW_RECORD_PREFIX,
  showRecordId,
  showsToSend,
  type SyncedShow,
} from '../../domain/sync-shows';
import type { Mirror } from './mirror';

/** The shows a profile follows, between the library and the profile's mirror. */

const syncedShowSchema = v.object({
  kind: v.literal('show'),
  schema: v.literal(SYNC_SCHEMA),
  showId: v.string(),
  title: v.pipe(v.string(), v.maxLength(500)),
  source: v.variant('kind', [
    v.object({ kind: v.literal('built-in') }),
    v.object({ kind: v.literal('tvmaze'), tvmazeId: v.pipe(v.number(), v.integer()) }),
    v.object({ kind: v.literal('pack') }),
  ]),
  at: v.number(),
});

/** A record from the server, checked, its title without direction-changing or invisible characters. */
export function readShow(record: unknown): SyncedShow | null {
  const parsed = v.safeParse(syncedShowSchema, record);
  if (!parsed.success) return null;
  return { ...parsed.output, title: withoutInvisibleCharacters(parsed.output.title) };
}

/** Every show the profile follows, on any of its devices. */
export async function followedShows(mirror: Mirror): Promise<SyncedShow[]> {
  const rows = await mirror.allDocs({
    include_docs: true,
    startkey: SHOW_RECORD_PREFIX,
    endkey: `${SHOW_RECORD_PREFIX}\uffff`,
  });
  return rows.rows.flatMap(({ doc }) => {
    const show = readShow(doc);
    return show ? [show] : [];
  });
}

/** Names in the mirror the library's shows it does not name yet. */
export async function followedShowsSent(
  mirror: Mirror,
  library: readonly { showId: string; title: string }[],
): Promise<void> {
  const toSend = showsToSend(library, await followedShows(mirror), Date.now());
  if (toSend.length === 0) return;
  await mirror.bulkDocs(toSend.map((show) => ({ ...show, _id: showRecordId(show.showId) })));
}

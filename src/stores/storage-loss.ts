import { useShallow } from 'zustand/react/shallow';
import { isolated } from '../domain/isolated';
import type { PreviouslyDatabase, Profile } from '../storage/database';
import { rescueRead } from '../storage/held-data';
import type { RescuedContent } from '../storage/rescued-content';
import { connectionChanged, useConnectionStore, type ConnectionState } from './connection-store';
import { entriesRescued, showsRescued, useLibraryStore } from './library-store';
import { ownEntry } from './own-entry';
import { useProfilesStore } from './profiles-store';
import { useProgressStore, wholeProgressLoaded } from './progress-store';
import { revealsLoaded, useRevealsStore } from './reveals-store';

export type LostConnection = Extract<ConnectionState, { status: 'lost' }>;

/** What was read just before the last delete went ahead; null when nothing could be read. */
let rescue: Promise<RescuedContent | null> = Promise.resolve(null);

export const rescuedContent = () => rescue;

/** Every profile this tab holds, with those whose deletion can still be undone. */
export function heldProfiles(): Profile[] {
  const { profiles, deleting } = useProfilesStore.getState();
  return [...profiles, ...deleting];
}

export function lostConnectionChanged(change: Partial<LostConnection>): void {
  const connection = useConnectionStore.getState();
  if (connection.status === 'lost') connectionChanged({ ...connection, ...change });
}

/**
 * Another tab deleted or upgraded the database, or the browser closed it. Before a delete goes
 * ahead, everything pages had not read yet is read once more, so this tab holds all of it.
 */
export function connectionLost(
  change: 'deleted' | 'upgraded' | 'closed',
  database: PreviouslyDatabase | null,
): void {
  if (change === 'upgraded') {
    connectionChanged({ status: 'upgraded' });
    return;
  }
  const heldShowIds = new Set(Object.keys(useLibraryStore.getState().shows));
  rescue =
    change === 'deleted' && database
      ? rescueRead(database, heldShowIds).catch(() => null)
      : Promise.resolve(null);
  connectionChanged({
    status: 'lost',
    cause: change,
    rescuing: true,
    writing: false,
    problem: null,
  });
  void rescue.then(async (content) => {
    if (content) {
      showsRescued(content.shows);
      entriesRescued(content.entries);
      profilesRescued(content.watched, content.revealed);
      // Notes are read only by the episode page, so their store stays out of the first page's JavaScript.
      // The read held every note, so none is missing on a show whose record only it read either.
      (await import('./notes-store')).notesRescued(
        heldProfiles().map((profile) => profile.id),
        [...heldShowIds, ...content.shows.keys()],
        content.notes,
      );
    }
    lostConnectionChanged({ rescuing: false });
  });
}

/**
 * Holds the progress and reveals this tab had not read, to write them back: the reveals of
 * profiles it had not loaded, and every watched set no page had needed.
 */
function profilesRescued(
  watched: ReadonlyMap<string, Map<string, Set<string>>>,
  revealed: ReadonlyMap<string, Map<string, Set<string>>>,
): void {
  for (const { id } of heldProfiles()) {
    if (!ownEntry(useRevealsStore.getState().revealed, id)) {
      revealsLoaded(id, revealed.get(id) ?? new Map());
    }
    const held = ownEntry(useProgressStore.getState().watched, id) ?? {};
    const read = [...(watched.get(id) ?? new Map<string, Set<string>>())];
    wholeProgressLoaded(id, new Map([...read, ...Object.entries(held)]));
  }
}

/** "A", "A and B", "A, B and C": show titles in a sentence, each marked by `isolated()`. */
export function listed(titles: readonly string[]): string {
  const marked = titles.map(isolated);
  return marked.length <= 1
    ? marked.join('')
    : `${marked.slice(0, -1).join(', ')} and ${marked[marked.length - 1]}`;
}

type Library = ReturnType<typeof useLibraryStore.getState>;

/** Titles of shows whose record or recaps this tab does not hold, so they cannot be written back. */
export function showsWithoutRecaps({ summaries, shows, entries }: Library): string[] {
  return Object.values(summaries)
    .filter(
      ({ show }) => !ownEntry(shows, show.id) || ownEntry(entries, show.id)?.status !== 'ready',
    )
    .map(({ show }) => show.title);
}

export type StorageLossView =
  | { status: 'open' }
  | { status: 'upgraded' }
  | (Omit<LostConnection, 'rescuing'> & { showsWithoutRecaps: readonly string[] | null });

/** What the loss notice says: null titles while the last read before a delete is under way. */
export function useStorageLossView(): StorageLossView {
  const connection = useConnectionStore((state) => state);
  const titles = useLibraryStore(useShallow(showsWithoutRecaps));
  if (connection.status !== 'lost') return connection;
  const { rescuing, ...lost } = connection;
  return { ...lost, showsWithoutRecaps: rescuing ? null : titles };
}

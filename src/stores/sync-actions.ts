import { readSyncAddress } from '../domain/sync-address';
import type { NoteVersions } from '../domain/sync-notes';
import type { SyncReport } from '../domain/sync-status';
import { admitSyncOrigin, forgetSyncOrigin, isAdmittedByThisPage } from '../storage/sync-origins';
import {
  syncServerForgotten,
  syncServers,
  syncServerSaved,
  type SyncServer,
} from '../storage/sync-servers';
import type { ProfileSync } from '../storage/sync/profile-sync';
import { activeProfileId } from './active-profile';
import { currentDatabase, onWrittenHere } from './database-handle';
import { useLibraryStore } from './library-store';
import { noticeShown } from './notices-store';
import { storedOrder } from './progress-store';
import { syncedChangeTaken } from './start-app';
import {
  followedShowsFound,
  noteChoicesFound,
  profileSyncReported,
  profileSyncShown,
} from './sync-store';

/** Each syncing profile's replication, started once per tab. */
const running = new Map<string, ProfileSync>();
let writesHeard = false;

const firstReport = (server: SyncServer): SyncReport => ({
  state: server.paused ? 'paused' : 'connecting',
  syncedAt: server.syncedAt,
  waiting: 0,
});

async function started(profileId: string, server: SyncServer): Promise<void> {
  profileSyncShown(profileId, {
    address: server.address,
    user: server.user,
    report: firstReport(server),
  });
  if (!isAdmittedByThisPage(new URL(server.address).origin)) {
    profileSyncReported(profileId, { ...firstReport(server), state: 'reload-needed' });
    return;
  }
  if (!writesHeard) {
    writesHeard = true;
    onWrittenHere((message) => running.forEach((sync) => sync.changedHere(message)));
  }
  // PouchDB loads only here, once a profile syncs.
  const { profileSyncStarted } = await import('../storage/sync/profile-sync');
  running.get(profileId)?.stopped(false);
  running.set(
    profileId,
    profileSyncStarted(profileId, server, {
      database: currentDatabase,
      libraryShows: () =>
        Object.values(useLibraryStore.getState().summaries).map(({ show }) => ({
          showId: show.id,
          title: show.title,
        })),
      followedShowsReported: (shows) => followedShowsFound(profileId, shows),
      orderOf: storedOrder,
      taken: syncedChangeTaken,
      reported: (report) => profileSyncReported(profileId, report),
      noteChoicesReported: (choices) => noteChoicesFound(profileId, choices),
    }),
  );
}

/** At start: every profile that chose a server syncs again, unless paused. */
export async function syncResumed(): Promise<void> {
  for (const [profileId, server] of await syncServers()) await started(profileId, server);
}

/**
 * Turns sync on for the active profile; resolves to a problem with what was typed, or null. The
 * server's records are taken and this device's sent as soon as the page may reach it.
 */
export async function syncTurnedOn(
  typedAddress: string,
  user: string,
  password: string,
): Promise<string | null> {
  const read = readSyncAddress(typedAddress);
  if (!read.ok) return read.problem;
  if (user.trim() === '' && password !== '')
    return 'Type the user name that goes with the password.';
  const profileId = activeProfileId();
  const server: SyncServer = {
    address: read.address,
    user: user.trim(),
    password,
    paused: false,
    syncedAt: null,
    sentSequence: 0,
  };
  await admitSyncOrigin(read.origin);
  await syncServerSaved(profileId, server);
  await started(profileId, server);
  return null;
}

export function syncNowAsked(): void {
  running.get(activeProfileId())?.syncNow();
}

/** Keeps the version of a note the person chose, on every device; the others go. */
export function noteVersionKept(choice: NoteVersions, rev: string): void {
  running.get(activeProfileId())?.noteVersionChosen(choice, rev);
}

export function syncPauseAsked(): void {
  running.get(activeProfileId())?.paused();
}

/** Stops syncing the active profile and forgets its server; everything on this device stays. */
export async function syncForgotten(): Promise<void> {
  const profileId = activeProfileId();
  const sync = running.get(profileId);
  running.delete(profileId);
  const servers = await syncServers();
  const origin = servers.has(profileId)
    ? new URL(servers.get(profileId)?.address ?? '').origin
    : null;
  await sync?.stopped(true);
  await syncServerForgotten(profileId);
  const stillUsed = [...servers].some(
    ([other, server]) => other !== profileId && new URL(server.address).origin === origin,
  );
  if (origin && !stillUsed) await forgetSyncOrigin(origin);
  profileSyncShown(profileId, null);
  noticeShown('Sync is off for this profile. Everything stays on this device.');
}

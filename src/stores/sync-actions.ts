import { readSyncAddress } from '../domain/sync-address';
import type { NoteVersions } from '../domain/sync-notes';
import type { SyncReport } from '../domain/sync-status';
import { admitSyncOrigin, forgetSyncOrigin, isAdmittedByThisPage } from '../storage/sync-origins';
import {
  syncServerForgotten,
  syncServerOf,
  syncServers,
  syncServerSaved,
  type SyncServer,
} from '../storage/sync-servers';
import type { ProfileSync } from '../storage/sync/profile-sync';
import { activeProfileId } from './active-profile';
import { currentDatabase, onWritten, tellOtherTabs } from './database-handle';
import { useLibraryStore } from './library-store';
import { noticeShown } from './notices-store';
import { useProfilesStore } from './profiles-store';
import { storedOrder } from './progress-store';
import { onOtherTab } from './start-app';
import {
  followedShowsFound,
  noteChoicesFound,
  profileSyncReported,
  profileSyncShown,
} from './sync-store';

/** Each syncing profile's replication, in the one tab that holds its lock. */
const running = new Map<string, ProfileSync>();
/** Releases a profile's lock, so another tab may sync it. */
const releases = new Map<string, () => void>();
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
    onWritten((message) => {
      running.forEach((sync) => sync.changedHere(message));
      if (message.type === 'profiles') void deletedProfilesForgotten();
    });
  }
  // PouchDB loads only here, once a profile syncs.
  const { profileSyncStarted } = await import('../storage/sync/profile-sync');
  const begin = (current: SyncServer) => {
    const sync = profileSyncStarted(profileId, current, {
      database: currentDatabase,
      libraryShows: () =>
        Object.values(useLibraryStore.getState().summaries).map(({ show }) => ({
          showId: show.id,
          title: show.title,
        })),
      followedShowsReported: (shows) => followedShowsFound(profileId, shows),
      profileHere: () => profileHere(profileId),
      orderOf: storedOrder,
      taken: (message) => {
        tellOtherTabs(message, true);
        onOtherTab(message);
      },
      reported: (report) => profileSyncReported(profileId, report),
      noteChoicesReported: (choices) => noteChoicesFound(profileId, choices),
    });
    running.set(profileId, sync);
  };
  if (!('locks' in navigator)) {
    begin(server);
    return;
  }
  // One tab syncs each profile; the others' changes reach it as tab messages, and one of them
  // takes over when it closes.
  const hold = async () => {
    // Read again: the tab that held the lock may have paused or forgotten the server meanwhile.
    const current = await syncServerOf(profileId);
    if (!current) {
      profileSyncShown(profileId, null);
      return;
    }
    profileSyncReported(profileId, firstReport(current));
    begin(current);
    await new Promise<void>((release) => releases.set(profileId, release));
  };
  void navigator.locks.request(`previously-sync:${profileId}`, { ifAvailable: true }, (lock) => {
    if (lock) return hold();
    profileSyncReported(profileId, { ...firstReport(server), state: 'elsewhere' });
    void navigator.locks.request(`previously-sync:${profileId}`, hold);
    return undefined;
  });
}

const profileHere = (profileId: string) =>
  useProfilesStore.getState().profiles.some((profile) => profile.id === profileId);

/** At start: every profile that chose a server syncs again, unless paused. */
export async function syncResumed(): Promise<void> {
  for (const [profileId, server] of await syncServers()) {
    if (profileHere(profileId)) await started(profileId, server);
  }
  await deletedProfilesForgotten();
}

/**
 * A deleted profile's server is forgotten, and its copy of the records with it; the server keeps
 * them, as the other devices do, since deleting a profile here deletes nothing elsewhere.
 */
async function deletedProfilesForgotten(): Promise<void> {
  const { deleting } = useProfilesStore.getState();
  for (const [profileId, server] of await syncServers()) {
    if (profileHere(profileId) || deleting.some(({ id }) => id === profileId)) continue;
    await serverForgotten(profileId, server);
  }
}

/** Stops a profile's sync in this tab and lets another tab take it; `forget` drops its records. */
async function stoppedHere(profileId: string, forget: boolean): Promise<void> {
  const sync = running.get(profileId);
  running.delete(profileId);
  await sync?.stopped(forget);
  releases.get(profileId)?.();
  releases.delete(profileId);
}

async function serverForgotten(profileId: string, server: SyncServer): Promise<void> {
  await stoppedHere(profileId, true);
  await syncServerForgotten(profileId);
  const origin = new URL(server.address).origin;
  const others = await syncServers();
  if (![...others.values()].some((other) => new URL(other.address).origin === origin)) {
    await forgetSyncOrigin(origin);
  }
  profileSyncShown(profileId, null);
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

/** The server refused the password: sync again with these, keeping every change waiting. */
export async function syncCredentialsChanged(user: string, password: string): Promise<void> {
  const profileId = activeProfileId();
  const server = await syncServerOf(profileId);
  if (!server) return;
  const signedIn = { ...server, user: user.trim(), password, paused: false };
  await syncServerSaved(profileId, signedIn);
  await stoppedHere(profileId, false);
  await started(profileId, signedIn);
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
  const server = (await syncServers()).get(profileId);
  if (server) await serverForgotten(profileId, server);
  noticeShown('Sync is off for this profile. Everything stays on this device.');
}

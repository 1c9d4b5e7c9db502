import type { CodeOrder } from '../../domain/episode-order';
import type { NoteVersions } from '../../domain/sync-notes';
import type { SyncedShow } from '../../domain/sync-shows';
import type { SyncReport } from '../../domain/sync-status';
import type { PreviouslyDatabase } from '../database';
import { syncServerSaved, type SyncServer } from '../sync-servers';
import type { TabMessage } from '../tab-sync';
import { changesTaken, noteChoicesRead, type SyncedKind } from './changes-taken';
import { showItemsSent } from './item-sync';
import type { Sending } from './records-sent';
import { liveReplication } from './live-replication';
import { settingsSent } from './setting-sync';
import { followedShows, followedShowsSent } from './show-sync';
import { openMirror, openServer, type Mirror } from './mirror';
import { noteVersionKept, showNotesSent } from './note-sync';

/** What a profile's sync needs from the app around it. */
export interface SyncHooks {
  database(): PreviouslyDatabase;
  /** The library's shows: whose records may need sending when sync starts, and which it follows. */
  libraryShows(): readonly { showId: string; title: string }[];
  orderOf(showId: string): CodeOrder | undefined;
  /** Storage took changes from the server: the stores and other tabs read them again. */
  taken(message: TabMessage): void;
  reported(report: SyncReport): void;
  /** Every note edited on two devices whose versions differ, for the person to choose. */
  noteChoicesReported(choices: readonly NoteVersions[]): void;
  /** Every show the profile follows on any device. */
  followedShowsReported(shows: readonly SyncedShow[]): void;
  /**
   * Whether the profile is still here: while it is being deleted (undo still offered) and after,
   * its storage may be emptied, which must never go out as unmarks and deletions.
   */
  profileHere(): boolean;
}

export interface ProfileSync {
  /** This device wrote a change: what it touched goes to the mirror, and on to the server. */
  changedHere(message: TabMessage): void;
  syncNow(): void;
  /** The person chose which version of a note edited on two devices stays. */
  noteVersionChosen(choice: NoteVersions, rev: string): void;
  paused(): void;
  /** Stops replicating; `forget` also removes the mirror, as the server is forgotten. */
  stopped(forget: boolean): Promise<void>;
}

const EVERY_KIND: readonly SyncedKind[] = ['mark', 'reveal', 'note'];

/** Which records a change this tab wrote touched. */
const SENT_ON: Partial<Record<TabMessage['type'], SyncedKind>> = {
  progress: 'mark',
  reveals: 'reveal',
  notes: 'note',
};

/** Where taking the server's changes has got to, kept in the mirror beside them. */
const TAKEN_UP_TO = '_local/taken-up-to';

/**
 * Replicates one profile's records with its server, live while online and retried with backoff
 * while not, and keeps the app's storage in step with them. Every step runs in turn, so a change
 * from the server is always taken before this device's own are compared with the mirror.
 */
export function profileSyncStarted(
  profileId: string,
  chosen: SyncServer,
  hooks: SyncHooks,
): ProfileSync {
  let server = chosen;
  const mirror: Mirror = openMirror(profileId);
  let replication: { cancel(): void } | null = null;
  let takenUpTo: string | number = 0;
  let steps: Promise<unknown> = Promise.resolve();
  let report: SyncReport = {
    state: server.paused ? 'paused' : 'connecting',
    syncedAt: server.syncedAt,
    waiting: 0,
  };
  let newerRecords = false;
  let noteChoices = new Map<string, NoteVersions>();
  const own = new Set<string>();
  let stopping = false;

  const reported = (change: Partial<SyncReport>) => {
    report = { ...report, ...change };
    hooks.reported(newerRecords ? { ...report, newerRecords } : report);
  };

  const inTurn = (step: () => Promise<unknown>) => {
    steps = steps.then(step).catch((error: unknown) => {
      if (!stopping) reported({ state: 'failed', problem: String(error) });
    });
    return steps;
  };

  async function waitingCounted(): Promise<void> {
    const { update_seq: sequence } = await mirror.info();
    reported({ waiting: Math.max(0, Number(sequence) - server.sentSequence) });
  }

  async function serverChangesTaken(): Promise<void> {
    const context = { mirror, own, database: hooks.database(), profileId, orderOf: hooks.orderOf };
    const taken = await changesTaken(context, takenUpTo);
    taken.messages.forEach(hooks.taken);
    for (const [id, versions] of taken.noteVersions) {
      if (versions) noteChoices.set(id, versions);
      else noteChoices.delete(id);
    }
    if (taken.noteVersions.size > 0) hooks.noteChoicesReported([...noteChoices.values()]);
    if (taken.showsChanged) hooks.followedShowsReported(await followedShows(mirror));
    if (taken.newerRecords && !newerRecords) {
      newerRecords = true;
      reported({});
    }
    takenUpTo = taken.upTo;
    const saved = await mirror.get(TAKEN_UP_TO).catch(() => ({ _id: TAKEN_UP_TO }));
    await mirror.put({ ...saved, seq: takenUpTo });
    if (!hooks.profileHere()) return;
    for (const { kind, showId } of taken.newerHere) await recordsSent(showId, [kind]);
  }

  const sending = (changedAt?: number): Sending => ({ mirror, own, takenUpTo, changedAt });

  /** This device's records of a show that differ from the mirror's go to it. */
  async function recordsSent(
    showId: string,
    kinds: readonly SyncedKind[],
    changedAt?: number,
  ): Promise<void> {
    const send = sending(changedAt);
    const database = hooks.database();
    for (const kind of kinds) {
      if (kind === 'note') await showNotesSent(send, database, profileId, showId);
      else await showItemsSent(send, database, kind, profileId, showId);
    }
  }

  /** This device's changes to one show go to the mirror, once the server's are taken. */
  async function showSent(
    showId: string,
    kinds: readonly SyncedKind[],
    changedAt?: number,
  ): Promise<void> {
    if (!hooks.profileHere()) return;
    await serverChangesTaken();
    await recordsSent(showId, kinds, changedAt);
    // Taken at once, so a reload cannot find this device's own records untaken.
    await serverChangesTaken();
    await waitingCounted();
  }

  async function settingsSentOut(changedAt?: number): Promise<void> {
    if (!hooks.profileHere()) return;
    await serverChangesTaken();
    await settingsSent(sending(changedAt), hooks.database());
    // Taken at once, so a reload cannot find this device's own records untaken.
    await serverChangesTaken();
    await waitingCounted();
  }

  async function everythingSent(): Promise<void> {
    await settingsSentOut();
    for (const { showId } of hooks.libraryShows()) await showSent(showId, EVERY_KIND);
    await followedShowsSent(mirror, hooks.libraryShows());
    hooks.followedShowsReported(await followedShows(mirror));
  }

  function replicating(): void {
    replication?.cancel();
    replication = null;
    if (server.paused || stopping) return;
    reported({ state: 'connecting' });
    const live = liveReplication(mirror, openServer(server), {
      pulled: () => void inTurn(serverChangesTaken),
      pushed: () => void inTurn(waitingCounted),
      changed: (state) => {
        if (replication !== live) return;
        if (state === 'idle') void inTurn(everythingSentOut);
        else if (state === 'syncing') reported({ state: 'syncing' });
        else if (state === 'refused') reported({ state: 'refused' });
        else {
          reported({ state: navigator.onLine ? 'unreachable' : 'offline' });
          void inTurn(waitingCounted);
        }
      },
    });
    replication = live;
  }

  /** Both ways wait: everything this device had is on the server. */
  async function everythingSentOut(): Promise<void> {
    if (replication === null) return;
    const { update_seq: sequence } = await mirror.info();
    server = { ...server, syncedAt: Date.now(), sentSequence: Number(sequence) };
    await syncServerSaved(profileId, server);
    reported({ state: 'synced', syncedAt: server.syncedAt, waiting: 0 });
  }

  // Back online: try at once rather than wait out the back-off.
  const backOnline = () => replicating();
  window.addEventListener('online', backOnline);

  void inTurn(async () => {
    const saved = await mirror.get(TAKEN_UP_TO).catch(() => null);
    takenUpTo = typeof saved?.seq === 'number' || typeof saved?.seq === 'string' ? saved.seq : 0;
    noteChoices = await noteChoicesRead(mirror);
    hooks.noteChoicesReported([...noteChoices.values()]);
    // Replicating first, so the server's records are more likely taken before this device's go.
    replicating();
    await everythingSent();
  });

  return {
    changedHere(message) {
      const kind = SENT_ON[message.type];
      const changedAt = Date.now();
      if (kind && 'showId' in message) {
        void inTurn(() => showSent(message.showId, [kind], changedAt));
      }
      // A restore: the server's records are taken again, all of them, so what the backup lacks
      // comes back from the server instead of going out as unmarks and deletions.
      if (message.type === 'everything') {
        void inTurn(async () => {
          takenUpTo = 0;
          await everythingSent();
        });
      }
      if (message.type === 'settings') void inTurn(() => settingsSentOut(changedAt));
      if (message.type === 'library') {
        void inTurn(async () => {
          await followedShowsSent(mirror, hooks.libraryShows());
          hooks.followedShowsReported(await followedShows(mirror));
        });
      }
    },
    noteVersionChosen(choice, rev) {
      void inTurn(async () => {
        await noteVersionKept(mirror, choice, rev);
        await serverChangesTaken();
      });
    },
    syncNow() {
      void inTurn(async () => {
        if (server.paused) {
          server = { ...server, paused: false };
          await syncServerSaved(profileId, server);
        }
        replicating();
      });
    },
    paused() {
      // At once: a step already waiting must not find the replication still running.
      replication?.cancel();
      replication = null;
      server = { ...server, paused: true };
      void inTurn(async () => {
        await syncServerSaved(profileId, server);
        reported({ state: 'paused' });
        await waitingCounted();
      });
    },
    async stopped(forget) {
      stopping = true;
      window.removeEventListener('online', backOnline);
      replication?.cancel();
      await steps;
      if (forget) await mirror.destroy();
      else await mirror.close();
    },
  };
}

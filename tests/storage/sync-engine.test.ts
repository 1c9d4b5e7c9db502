import PouchDB from 'pouchdb-browser';
import { afterEach, expect, test, vi } from 'vitest';
import type { NoteVersions } from '../../src/domain/sync-notes';
import type { SyncedShow } from '../../src/domain/sync-shows';
import type { SyncReport } from '../../src/domain/sync-status';
import { openDatabase, type PreviouslyDatabase } from '../../src/storage/database';
import { saveNote } from '../../src/storage/notes-repository';
import { saveWatched } from '../../src/storage/progress-writes';
import { readRevealed, readWatched, saveRevealed } from '../../src/storage/repository';
import { profileSyncStarted, type ProfileSync } from '../../src/storage/sync/profile-sync';
import type { TabMessage } from '../../src/storage/tab-sync';
import { freshDatabaseName } from '../ui/app-harness';
import { storedNote } from './stored-note';

/**
 * Two devices in one test: each its own app database and its own profile's mirror, replicating
 * with a third PouchDB database standing in for the server (an address that is a name, not a
 * URL, opens a database in this browser).
 */

interface Device {
  profileId: string;
  database: PreviouslyDatabase;
  sync: ProfileSync;
  reports: SyncReport[];
  taken: TabMessage[];
  noteChoices: (readonly NoteVersions[])[];
  followedShows: (readonly SyncedShow[])[];
  /** Whether the profile is here; false once it is being deleted. */
  here: boolean;
}

const started: Device[] = [];
let serial = 0;

afterEach(async () => {
  await Promise.all(started.splice(0).map((device) => device.sync.stopped(true)));
});

const BALLARD_ONLY = [{ showId: 'ballard', title: 'Ballard' }];

async function deviceOpened(serverName: string, library = BALLARD_ONLY): Promise<Device> {
  serial += 1;
  const profileId = `me-${serial}`;
  const database = await openDatabase(freshDatabaseName());
  const device: Device = {
    profileId,
    database,
    reports: [],
    taken: [],
    noteChoices: [],
    followedShows: [],
    here: true,
    sync: undefined as unknown as ProfileSync,
  };
  device.sync = syncStarted(device, serverName, library);
  started.push(device);
  return device;
}

/** The device's sync, as a page starts it: again after a reload, on the same mirror. */
function syncStarted(device: Device, serverName: string, library = BALLARD_ONLY): ProfileSync {
  return profileSyncStarted(
    device.profileId,
    { address: serverName, user: '', password: '', paused: false, syncedAt: null, sentSequence: 0 },
    {
      database: () => device.database,
      libraryShows: () => library,
      followedShowsReported: (shows) => device.followedShows.push(shows),
      orderOf: () => undefined,
      taken: (message) => device.taken.push(message),
      reported: (report) => device.reports.push(report),
      noteChoicesReported: (choices) => device.noteChoices.push(choices),
      profileHere: () => device.here,
    },
  );
}

const freshServer = () => `server-${Date.now()}-${Math.random().toString(36).slice(2)}`;

async function marked(device: Device, code: string, watched: boolean): Promise<void> {
  await saveWatched(device.database, [device.profileId], 'ballard', [code], watched);
  device.sync.changedHere({ type: 'progress', showId: 'ballard' });
}

const watchedOn = (device: Device) => readWatched(device.database, device.profileId, 'ballard');

const lastReport = (device: Device) => device.reports.at(-1);

/** A limit, never a measure: replication between the databases takes its time on a busy machine. */
const eventually = <T>(check: () => T | Promise<T>) =>
  vi.waitFor(check, { timeout: 30_000, interval: 20 });

test('a mark made on one device reaches the other, and an unmark follows it', async () => {
  const server = freshServer();
  const laptop = await deviceOpened(server);
  const phone = await deviceOpened(server);
  await marked(laptop, 'S1E1', true);
  await eventually(async () => expect(await watchedOn(phone)).toEqual(new Set(['S1E1'])));
  await eventually(() =>
    expect(phone.taken).toContainEqual({ type: 'progress', showId: 'ballard' }),
  );

  await marked(laptop, 'S1E1', false);
  await eventually(async () => expect(await watchedOn(phone)).toEqual(new Set()));
});

test('an unmark stays, before a reload and after: the device never takes its own earlier mark back', async () => {
  const server = freshServer();
  const phone = await deviceOpened(server);
  await marked(phone, 'S1E1', true);
  await eventually(() => expect(lastReport(phone)?.state).toBe('synced'));
  await marked(phone, 'S1E1', false);
  await eventually(() => expect(lastReport(phone)?.state).toBe('synced'));
  await new Promise((later) => setTimeout(later, 300));
  expect(await watchedOn(phone)).toEqual(new Set());

  await marked(phone, 'S1E1', true);
  await eventually(() => expect(lastReport(phone)?.state).toBe('synced'));
  await phone.sync.stopped(false);
  phone.sync = syncStarted(phone, server);
  await marked(phone, 'S1E1', false);
  await eventually(() => expect(lastReport(phone)?.state).toBe('synced'));
  await new Promise((later) => setTimeout(later, 300));
  expect(await watchedOn(phone)).toEqual(new Set());
  const onServer = await new PouchDB(server).get('mark:ballard:S1E1');
  expect(onServer).toMatchObject({ on: false });
});

test('marks made apart on different episodes are merged, and one episode changed on both takes the later change', async () => {
  const server = freshServer();
  const laptop = await deviceOpened(server);
  const phone = await deviceOpened(server);
  await marked(laptop, 'S1E5', true);
  await eventually(async () => expect(await watchedOn(phone)).toEqual(new Set(['S1E5'])));

  laptop.sync.paused();
  phone.sync.paused();
  await eventually(() => expect(lastReport(phone)?.state).toBe('paused'));
  await marked(laptop, 'S1E2', true);
  await marked(phone, 'S1E3', true);
  await marked(phone, 'S1E5', false);
  // The laptop marks S1E5 again after the phone unmarked it: the laptop's is the later change.
  await new Promise((later) => setTimeout(later, 5));
  await marked(laptop, 'S1E5', false);
  await marked(laptop, 'S1E5', true);
  await eventually(() => expect(lastReport(phone)?.waiting).toBeGreaterThan(0));

  laptop.sync.syncNow();
  phone.sync.syncNow();
  const everything = new Set(['S1E2', 'S1E3', 'S1E5']);
  await eventually(async () => expect(await watchedOn(laptop)).toEqual(everything));
  await eventually(async () => expect(await watchedOn(phone)).toEqual(everything));
});

test('a reveal travels with its content fingerprint in its key, and hiding again follows it, leaving no trace of the entry on the server', async () => {
  const server = freshServer();
  const laptop = await deviceOpened(server);
  const phone = await deviceOpened(server);
  const key = 'entry#k3x9:finale-recap';
  await saveRevealed(laptop.database, laptop.profileId, 'ballard', [key], true);
  laptop.sync.changedHere({ type: 'reveals', showId: 'ballard' });
  const revealedOnPhone = () => readRevealed(phone.database, phone.profileId, 'ballard');
  await eventually(async () => expect(await revealedOnPhone()).toEqual(new Set([key])));

  await saveRevealed(laptop.database, laptop.profileId, 'ballard', [key], false);
  laptop.sync.changedHere({ type: 'reveals', showId: 'ballard' });
  await eventually(async () => expect(await revealedOnPhone()).toEqual(new Set()));
  // Covered again: the entry's id, which may tell what it covers, is nowhere on the server.
  await eventually(() => expect(lastReport(laptop)?.state).toBe('synced'));
  const onServer = await new PouchDB(server).allDocs({ include_docs: true });
  expect(JSON.stringify(onServer)).not.toContain('finale-recap');
});

test('a note edited on both devices apart keeps both versions and asks which stays; the choice reaches both', async () => {
  const server = freshServer();
  const laptop = await deviceOpened(server);
  const phone = await deviceOpened(server);
  const note = storedNote('n-1', 'Who sent the letter', { updatedAt: 1_000 });
  await saveNote(laptop.database, laptop.profileId, note);
  laptop.sync.changedHere({ type: 'notes', showId: 'ballard' });
  const notesOn = async (device: Device) =>
    (await device.database.getAll('notes')).map(({ title, body }) => ({ title, body }));
  await eventually(async () => expect(await notesOn(phone)).toHaveLength(1));

  laptop.sync.paused();
  phone.sync.paused();
  await eventually(() => expect(lastReport(phone)?.state).toBe('paused'));
  const onLaptop = { ...note, body: 'Written on the laptop', updatedAt: 2_000 };
  const onPhone = { ...note, body: 'Written on the phone', updatedAt: 3_000 };
  await saveNote(laptop.database, laptop.profileId, onLaptop);
  laptop.sync.changedHere({ type: 'notes', showId: 'ballard' });
  await saveNote(phone.database, phone.profileId, onPhone);
  phone.sync.changedHere({ type: 'notes', showId: 'ballard' });
  laptop.sync.syncNow();
  phone.sync.syncNow();

  const bodiesOffered = (device: Device) =>
    (device.noteChoices.at(-1) ?? []).flatMap(({ versions }) =>
      versions.map((version) => version.note?.body),
    );
  const both = ['Written on the laptop', 'Written on the phone'];
  await eventually(() => expect(bodiesOffered(laptop).sort()).toEqual(both));
  await eventually(() => expect(bodiesOffered(phone).sort()).toEqual(both));

  const choice = laptop.noteChoices.at(-1)?.[0];
  const laptopVersion = choice?.versions.find((version) => version.note?.body === both[0]);
  if (!choice || !laptopVersion) throw new Error('no choice offered');
  laptop.sync.noteVersionChosen(choice, laptopVersion.rev);
  for (const device of [laptop, phone]) {
    await eventually(async () => {
      expect(await notesOn(device)).toEqual([{ title: note.title, body: both[0] }]);
      expect(device.noteChoices.at(-1)).toEqual([]);
    });
  }
});

test('records from a newer version of the app are left as they are, and said so', async () => {
  const server = freshServer();
  const fromTheFuture = {
    _id: 'mark:ballard:S1E4',
    kind: 'mark',
    schema: 2,
    showId: 'ballard',
    episode: { code: 'S1E4' },
  };
  await new PouchDB(server).put(fromTheFuture);
  const phone = await deviceOpened(server);
  await saveWatched(phone.database, [phone.profileId], 'ballard', ['S1E4'], true);
  phone.sync.changedHere({ type: 'progress', showId: 'ballard' });
  await eventually(() => expect(lastReport(phone)?.newerRecords).toBe(true));
  await eventually(() => expect(lastReport(phone)?.state).toBe('synced'));
  // Still on the server as written: as the version that stands, or beside this device's own.
  const onServer = new PouchDB(server);
  const standing = await onServer.get(fromTheFuture._id, { conflicts: true });
  const versions = await Promise.all(
    [standing._rev, ...(standing._conflicts ?? [])].map((rev) =>
      onServer.get(fromTheFuture._id, { rev }),
    ),
  );
  expect(versions.map(({ _rev: _written, ...version }) => version)).toContainEqual(fromTheFuture);
  expect(await watchedOn(phone)).toEqual(new Set(['S1E4']));
});

test('a show followed on one device is named on the other, with where to get it, and never its content', async () => {
  const server = freshServer();
  await deviceOpened(server, [
    ...BALLARD_ONLY,
    { showId: 'tidewater', title: 'Tidewater' },
    { showId: 'tvmaze-6771-the-expanse', title: 'The Expanse' },
  ]);
  const phone = await deviceOpened(server);
  await eventually(() =>
    expect(phone.followedShows.at(-1)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          showId: 'tidewater',
          title: 'Tidewater',
          source: { kind: 'pack' },
        }),
        expect.objectContaining({
          showId: 'tvmaze-6771-the-expanse',
          source: { kind: 'tvmaze', tvmazeId: 6771 },
        }),
      ]),
    ),
  );
  const onServer = await new PouchDB(server).allDocs({ include_docs: true });
  const kinds = onServer.rows.map(({ doc }) => doc?.kind);
  expect(new Set(kinds)).toEqual(new Set(['show']));
});

test('a setting chosen on one device reaches the other, and one the app cannot read is not taken', async () => {
  const server = freshServer();
  const laptop = await deviceOpened(server);
  const phone = await deviceOpened(server);
  await laptop.database.put('settings', 'all', 'upcomingTitles');
  const rules = { ballard: { strict: true, upcoming: null, met: ['Renée'] } };
  await laptop.database.put('settings', rules, 'showRules');
  laptop.sync.changedHere({ type: 'settings' });
  await eventually(async () => {
    expect(await phone.database.get('settings', 'upcomingTitles')).toBe('all');
    expect(await phone.database.get('settings', 'showRules')).toEqual(rules);
  });
  await eventually(() => expect(phone.taken).toContainEqual({ type: 'settings' }));

  await new PouchDB(server).put({
    _id: 'setting:peekSeconds',
    kind: 'setting',
    schema: 1,
    key: 'peekSeconds',
    value: 'forever',
    at: Date.now(),
  });
  await laptop.database.put('settings', 'none', 'upcomingTitles');
  laptop.sync.changedHere({ type: 'settings' });
  await eventually(async () =>
    expect(await phone.database.get('settings', 'upcomingTitles')).toBe('none'),
  );
  expect(await phone.database.get('settings', 'peekSeconds')).toBeUndefined();
});

test('a profile being deleted sends nothing, so its emptied storage never unmarks anything elsewhere', async () => {
  const server = freshServer();
  const laptop = await deviceOpened(server);
  const phone = await deviceOpened(server);
  await marked(laptop, 'S1E1', true);
  await eventually(async () => expect(await watchedOn(phone)).toEqual(new Set(['S1E1'])));
  await eventually(() => expect(lastReport(laptop)?.state).toBe('synced'));

  laptop.here = false;
  await laptop.database.clear('progress');
  laptop.sync.changedHere({ type: 'progress', showId: 'ballard' });
  laptop.sync.changedHere({ type: 'everything' });
  await marked(phone, 'S1E2', true);
  await eventually(() => expect(lastReport(phone)?.state).toBe('synced'));
  await new Promise((later) => setTimeout(later, 300));
  expect(await watchedOn(phone)).toEqual(new Set(['S1E1', 'S1E2']));
});

test('after a restore the server’s records are taken again, so what the backup lacks comes back', async () => {
  const server = freshServer();
  const laptop = await deviceOpened(server);
  const phone = await deviceOpened(server);
  await marked(phone, 'S1E3', true);
  await eventually(async () => expect(await watchedOn(laptop)).toEqual(new Set(['S1E3'])));

  // A restored backup made before S1E3 was marked, with S1E1 watched.
  await laptop.database.clear('progress');
  await saveWatched(laptop.database, [laptop.profileId], 'ballard', ['S1E1'], true);
  laptop.sync.changedHere({ type: 'everything' });
  const both = new Set(['S1E1', 'S1E3']);
  await eventually(async () => expect(await watchedOn(laptop)).toEqual(both));
  await eventually(async () => expect(await watchedOn(phone)).toEqual(both));
});

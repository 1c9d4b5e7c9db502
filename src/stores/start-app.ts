import { builtInPack } from '../domain/built-in-pack';
import type { Pack } from '../domain/pack';
import { openDatabase, type PreviouslyDatabase } from '../storage/database';
import {
  builtInShowSeeded,
  isBuiltInShowSeeded,
  loadSettings,
  loadSnapshot,
  type Snapshot,
} from '../storage/repository';
import { loadShowRules } from '../storage/show-rules-repository';
import { openTabChannel, type TabMessage } from '../storage/tab-sync';
import { takeUpgradeReports } from '../storage/upgrade-reports';
import { useConnectionStore } from './connection-store';
import { connect, currentDatabase, disconnect, userChanged } from './database-handle';
import { libraryLoaded, packStored, showChangedElsewhere } from './library-store';
import { noticeShown } from './notices-store';
import { profilesChangedElsewhere, profilesLoaded, profilesUnloaded } from './profiles-store';
import {
  progressChangedElsewhere,
  progressSummariesLoaded,
  progressUnloaded,
} from './progress-store';
import { revealsChangedElsewhere, revealsLoaded, revealsUnloaded } from './reveals-store';
import { settingsLoaded } from './settings-store';
import { showRulesLoaded } from './show-rules-store';
import { startStepped } from './start-state';
import { connectionLost } from './storage-loss';

export interface StartOptions {
  databaseName?: string;
  /** Reads the built-in Ballard pack; the app fetches it from public/packs/. */
  readDefaultPack: () => Promise<string>;
}

async function reloadSettings(database: PreviouslyDatabase): Promise<void> {
  settingsLoaded(await loadSettings(database));
  showRulesLoaded(await loadShowRules(database));
}

// Notes are read only by the episode page, so their store stays out of the first page's JavaScript.
const notesStore = () => import('./notes-store');

async function storesFilled(database: PreviouslyDatabase): Promise<Snapshot> {
  const snapshot = await loadSnapshot(database);
  snapshot.problems.forEach((problem) => noticeShown(problem));
  settingsLoaded(snapshot.settings);
  // Before the library, so that no page shows a show without its strict mode.
  showRulesLoaded(await loadShowRules(database));
  profilesLoaded(snapshot.profiles, snapshot.activeProfileId);
  revealsLoaded(snapshot.activeProfileId, snapshot.revealed);
  libraryLoaded(snapshot.summaries, snapshot.unreadableShowIds);
  progressSummariesLoaded(snapshot.activeProfileId, snapshot.progressSummaries);
  return snapshot;
}

/** Fills every store anew from what storage holds, as after a restore; notes are read again as pages need them. */
export async function storesLoaded(database: PreviouslyDatabase): Promise<Snapshot> {
  (await notesStore()).notesUnloaded();
  profilesUnloaded();
  revealsUnloaded();
  progressUnloaded();
  return storesFilled(database);
}

function applyOtherTabsChange(database: PreviouslyDatabase, message: TabMessage): Promise<unknown> {
  switch (message.type) {
    case 'progress':
      return progressChangedElsewhere(message.showId);
    case 'reveals':
      return revealsChangedElsewhere(message.showId);
    case 'library':
      return showChangedElsewhere(message.showId);
    case 'notes':
      return notesStore().then((notes) => notes.notesChangedElsewhere(message.showId));
    case 'settings':
      return reloadSettings(database);
    case 'profiles':
      return profilesChangedElsewhere();
    case 'everything':
      return storesLoaded(database);
  }
}

/** Another tab changed something (or sync stored another device's change): read it again. */
export function onOtherTab(message: TabMessage): void {
  // Without a database there is nothing to read it from; the loss notice says what to do.
  if (useConnectionStore.getState().status !== 'open') return;
  applyOtherTabsChange(currentDatabase(), message).catch((error: unknown) =>
    noticeShown(`Another tab's change could not be read (${String(error)}). Reload to see it.`),
  );
}

/** Opens storage, watching for another tab or the browser deleting or upgrading it. */
async function openWatchedDatabase(databaseName?: string): Promise<PreviouslyDatabase> {
  let opened: PreviouslyDatabase | null = null;
  opened = await openDatabase(
    databaseName,
    () =>
      noticeShown(
        'Another tab has an older version of Previously open. Close or reload that tab so this one can finish loading.',
      ),
    {
      versionChanging: (change) => connectionLost(change, opened),
      terminated: () => connectionLost('closed', null),
    },
  );
  return opened;
}

/** How this app reads the built-in pack, as startApp was told; also when the person adds it again. */
let readBuiltInPack: StartOptions['readDefaultPack'];

/** The built-in pack, read and checked, or the problem to tell when it cannot be had. */
export async function builtInPackRead(): Promise<Pack | string> {
  let text: string;
  try {
    text = await readBuiltInPack();
  } catch {
    return 'The built-in show, Ballard, could not be downloaded. Check your connection, then retry.';
  }
  return (
    builtInPack(text) ??
    'The built-in show, Ballard, arrived damaged, so it was not added. Retry later.'
  );
}

async function defaultPackSeeded(database: PreviouslyDatabase): Promise<void> {
  startStepped({ status: 'adding-built-in-show' });
  const pack = await builtInPackRead();
  if (typeof pack === 'string') {
    startStepped({ status: 'failed', problem: pack, retry: () => defaultPackSeeded(database) });
    return;
  }
  // A failed write keeps the show on screen for this visit and says so; the next start adds it again.
  if (await packStored(pack)) await builtInShowSeeded(database);
  startStepped({ status: 'done' });
}

/** Opens storage, loads everything the user has, and seeds Ballard on the very first start. */
export async function startApp(options: StartOptions): Promise<void> {
  const { databaseName } = options;
  readBuiltInPack = options.readDefaultPack;
  startStepped({ status: 'running' });
  let database: PreviouslyDatabase;
  try {
    database = await openWatchedDatabase(databaseName);
  } catch {
    startStepped({
      status: 'failed',
      problem:
        "Previously could not open this browser's storage, so everything stays covered. Private browsing modes sometimes block storage.",
      retry: () => startApp(options),
    });
    return;
  }
  const heardFromOtherTab = (message: TabMessage) => {
    userChanged(message);
    onOtherTab(message);
  };
  connect(database, openTabChannel(heardFromOtherTab), () => openWatchedDatabase(databaseName));
  void navigator.storage?.persist?.().catch(() => false);
  (await takeUpgradeReports(database)).forEach((report) => noticeShown(report));
  const snapshot = await storesFilled(database);
  const seeded = await isBuiltInShowSeeded(database);
  if (snapshot.summaries.length === 0 && snapshot.unreadableShowIds.length === 0 && !seeded) {
    await defaultPackSeeded(database);
  } else {
    startStepped({ status: 'done' });
  }
}

export function stopApp(): void {
  disconnect();
}

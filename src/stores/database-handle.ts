import type { PreviouslyDatabase } from '../storage/database';
import type { TabChannel, TabMessage } from '../storage/tab-sync';
import { useConnectionStore } from './connection-store';

/** The open database and the channel to other tabs, set once by startApp. */
let database: PreviouslyDatabase | null = null;
let channel: TabChannel | null = null;
/** Opens the same database again, watched the same way: for writing this tab's data back. */
let reopen: (() => Promise<PreviouslyDatabase>) | null = null;

export function connect(
  openedDatabase: PreviouslyDatabase,
  tabChannel: TabChannel,
  reopenDatabase: (() => Promise<PreviouslyDatabase>) | null = null,
): void {
  database = openedDatabase;
  channel = tabChannel;
  reopen = reopenDatabase;
}

/** A new connection in place of one another tab or the browser closed. */
export function reconnected(openedDatabase: PreviouslyDatabase): void {
  database?.close();
  database = openedDatabase;
}

export function reopenDatabase(): Promise<PreviouslyDatabase> {
  if (!reopen) throw new Error('Storage is not open yet.');
  return reopen();
}

export function disconnect(): void {
  channel?.close();
  database?.close();
  database = null;
  channel = null;
  reopen = null;
}

export function currentDatabase(): PreviouslyDatabase {
  const connection = useConnectionStore.getState();
  if (connection.status === 'upgraded') {
    throw new Error('a newer version of Previously opened in another tab; reload to continue');
  }
  if (connection.status === 'lost') {
    throw new Error("Previously's stored data is gone; write this tab's data back first");
  }
  if (!database) throw new Error('Storage is not open yet.');
  return database;
}

type WriteListener = (message: TabMessage) => void;

const writeListeners = new Set<WriteListener>();

/** Hears of every change the user makes, in this tab or another; not of what sync stored. */
export function onWritten(listener: WriteListener): void {
  writeListeners.add(listener);
}

/** A change the user made, in this tab or (told by it) another. */
export const userChanged: WriteListener = (message) =>
  writeListeners.forEach((listener) => listener(message));

/**
 * This tab wrote a change: other tabs read it again, and sync sends it on, unless it is another
 * device's change that sync stored (`bySync`).
 */
export function tellOtherTabs(message: TabMessage, bySync = false): void {
  channel?.post(message);
  if (!bySync) userChanged(message);
}

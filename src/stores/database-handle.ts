import type { PreviouslyDatabase } from '../storage/database';
import type { TabChannel, TabMessage } from '../storage/tab-sync';

/** The open database and the channel to other tabs, set once by startApp. */
let database: PreviouslyDatabase | null = null;
let channel: TabChannel | null = null;

export function connect(openedDatabase: PreviouslyDatabase, tabChannel: TabChannel): void {
  database = openedDatabase;
  channel = tabChannel;
}

export function disconnect(): void {
  channel?.close();
  database?.close();
  database = null;
  channel = null;
}

export function currentDatabase(): PreviouslyDatabase {
  if (!database) throw new Error('Storage is not open yet.');
  return database;
}

export function tellOtherTabs(message: TabMessage): void {
  channel?.post(message);
}

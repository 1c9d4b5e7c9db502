import type { PreviouslyDatabase } from '../storage/database';
import { describeWriteFailure } from '../storage/storage-errors';
import type { TabMessage } from '../storage/tab-sync';
import { currentDatabase, tellOtherTabs } from './database-handle';
import { noticeShown } from './notices-store';

/**
 * Runs a write after the store has already changed on screen. A failure keeps what is on screen and
 * tells the user; a success tells the other tabs to re-read.
 */
export async function persist(
  what: string,
  write: (database: PreviouslyDatabase) => Promise<void>,
  message: TabMessage,
): Promise<boolean> {
  try {
    await write(currentDatabase());
    tellOtherTabs(message);
    return true;
  } catch (error) {
    noticeShown(describeWriteFailure(what, error));
    return false;
  }
}

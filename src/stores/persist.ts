import type { PreviouslyDatabase } from '../storage/database';
import type { TabMessage } from '../storage/tab-sync';
import { useConnectionStore } from './connection-store';
import { currentDatabase, tellOtherTabs } from './database-handle';
import { noticeShown } from './notices-store';

/**
 * Runs a write after the store has already changed on screen. A failure keeps what is on screen and
 * tells the user; a success tells the other tabs to re-read. While the database is gone the change
 * is only held, and resolves false.
 */
export async function persist(
  what: string,
  write: (database: PreviouslyDatabase) => Promise<void>,
  message: TabMessage,
): Promise<boolean> {
  const connection = useConnectionStore.getState().status;
  // The change stays in this tab and is written with the rest when the user writes it back.
  if (connection === 'lost') return false;
  if (connection === 'upgraded') {
    noticeShown(
      `Could not save ${what}: a newer version of Previously opened in another tab. Reload to continue.`,
    );
    return false;
  }
  try {
    await write(currentDatabase());
    tellOtherTabs(message);
    return true;
  } catch (error) {
    // Lost as it was being written: held like the rest, which the loss notice offers to write back.
    if (useConnectionStore.getState().status === 'lost') return false;
    // Loaded only when a write fails, so the first page does not carry every failure's wording.
    const { describeWriteFailure } = await import('../storage/storage-errors');
    noticeShown(describeWriteFailure(what, error));
    return false;
  }
}

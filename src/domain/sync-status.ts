/** Where a profile's sync stands, and the sentence the settings page shows for it. */

export type SyncState =
  | 'connecting'
  | 'syncing'
  | 'synced'
  | 'offline'
  | 'unreachable'
  | 'paused'
  | 'refused'
  /** The page's security policy does not admit the server yet: a reload does. */
  | 'reload-needed'
  /** Another tab of the app syncs this profile. */
  | 'elsewhere'
  | 'failed';

export interface SyncReport {
  state: SyncState;
  /** When everything was last sent and received, in milliseconds since 1970. */
  syncedAt: number | null;
  /** Changes made on this device that the server does not have yet. */
  waiting: number;
  /** The server holds records a newer version of Previously wrote; they are left as they are. */
  newerRecords?: boolean;
  problem?: string;
}

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

function ago(then: number, now: number): string {
  const elapsed = Math.max(0, now - then);
  if (elapsed < MINUTE_MS) return 'just now';
  const [count, unit] =
    elapsed < HOUR_MS
      ? [Math.floor(elapsed / MINUTE_MS), 'minute']
      : elapsed < DAY_MS
        ? [Math.floor(elapsed / HOUR_MS), 'hour']
        : [Math.floor(elapsed / DAY_MS), 'day'];
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`;
}

function waitingText(waiting: number): string {
  if (waiting === 0) return 'nothing waiting';
  return `${waiting} change${waiting === 1 ? '' : 's'} waiting`;
}

/** "Synced 2 minutes ago", "Offline — 3 changes waiting", "Server refused the password". */
export function syncStatusText(report: SyncReport, now: number): string {
  const synced =
    report.syncedAt === null ? 'Not synced yet' : `Synced ${ago(report.syncedAt, now)}`;
  switch (report.state) {
    case 'connecting':
      return `Connecting… ${synced}.`;
    case 'syncing':
      return 'Syncing…';
    case 'synced':
      return `${synced}.`;
    case 'offline':
      return `Offline — ${waitingText(report.waiting)}. ${synced}.`;
    case 'unreachable':
      return `Cannot reach the server; trying again — ${waitingText(report.waiting)}. ${synced}.`;
    case 'paused':
      return `Paused — ${waitingText(report.waiting)}. ${synced}.`;
    case 'refused':
      return 'Server refused the password. Type the user name and password again below.';
    case 'reload-needed':
      return 'Reload Previously to connect to this server: the page only connects to servers it was loaded with.';
    case 'elsewhere':
      return 'Another Previously tab syncs this profile; changes made here reach the server through it.';
    case 'failed':
      return `Sync stopped: ${report.problem ?? 'something went wrong'}. ${synced}.`;
  }
}

/** Said beside the status when the server holds records this version cannot read. */
export const NEWER_RECORDS_TEXT =
  'The server holds records from a newer version of Previously. They were left as they are; update Previously to read them.';

import type { LiveSync } from 'pouchdb-browser';
import type { Mirror } from './mirror';

/** Where replication with the server stands, both ways taken together. */
export type ReplicationState = 'syncing' | 'idle' | 'unreachable' | 'refused';

export interface ReplicationEvents {
  /** Records came from the server into the mirror. */
  pulled(): void;
  /** Records went from the mirror to the server. */
  pushed(): void;
  changed(state: ReplicationState): void;
}

const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 60_000;

const nextRetry = (delay: number) =>
  delay === 0 ? FIRST_RETRY_MS : Math.min(delay * 2, LONGEST_RETRY_MS);

const statusOf = (error: unknown) =>
  typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;

const refusedAccess = (error: unknown) => statusOf(error) === 401 || statusOf(error) === 403;

type Direction = 'active' | 'idle' | 'failed' | 'refused';

/**
 * Replicates the mirror with the server live, each way on its own, retried with back-off: a
 * two-way sync says it paused once either way waits, so a push that keeps failing while the pull
 * waits would read as done.
 */
export function liveReplication(
  mirror: Mirror,
  remote: Mirror,
  events: ReplicationEvents,
): { cancel(): void } {
  const options = { live: true, retry: true, back_off_function: nextRetry };
  const ways = { push: 'active' as Direction, pull: 'active' as Direction };
  let cancelled = false;
  let reported: ReplicationState | null = null;

  const overall = (): ReplicationState => {
    const both = [ways.push, ways.pull];
    if (both.includes('refused')) return 'refused';
    if (both.includes('failed')) return 'unreachable';
    return both.every((way) => way === 'idle') ? 'idle' : 'syncing';
  };

  const wayChanged = (way: keyof typeof ways, now: Direction) => {
    if (cancelled) return;
    ways[way] = now;
    const state = overall();
    if (state === 'refused') cancel();
    if (state !== reported || state === 'idle') {
      reported = state;
      events.changed(state);
    }
  };

  const watched = (way: keyof typeof ways, replication: LiveSync) =>
    replication
      .on('change', () => (way === 'pull' ? events.pulled() : events.pushed()))
      .on('active', () => wayChanged(way, 'active'))
      .on('paused', (error) =>
        wayChanged(way, !error ? 'idle' : refusedAccess(error) ? 'refused' : 'failed'),
      )
      .on('denied', (error) => refusedAccess(error) && wayChanged(way, 'refused'))
      .on('error', (error) => wayChanged(way, refusedAccess(error) ? 'refused' : 'failed'));

  const push = watched('push', mirror.replicate.to(remote, options));
  const pull = watched('pull', mirror.replicate.from(remote, options));

  function cancel(): void {
    cancelled = true;
    push.cancel();
    pull.cancel();
  }
  return { cancel };
}

/** Tells other open tabs what changed, so each re-reads just that from storage. */
export type TabMessage =
  | { type: 'progress'; showId: string }
  | { type: 'reveals'; showId: string }
  | { type: 'library'; showId: string }
  | { type: 'notes'; showId: string }
  | { type: 'settings' }
  | { type: 'profiles' }
  /** A backup was restored: everything may have changed. */
  | { type: 'everything' };

const CHANNEL_NAME = 'previously-sync';

export interface TabChannel {
  post(message: TabMessage): void;
  close(): void;
}

export function openTabChannel(onMessage: (message: TabMessage) => void): TabChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
  const channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent<TabMessage>) => onMessage(event.data);
  return {
    post: (message) => channel.postMessage(message),
    close: () => channel.close(),
  };
}

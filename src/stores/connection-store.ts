import { create } from 'zustand';

/**
 * Whether this tab's database connection is still usable. Another tab deleting the database (or
 * the browser clearing site data) leaves what this tab holds as the only copy until it is written
 * back; a newer version of the app opening the database leaves nothing to do but reload.
 */
export type ConnectionState =
  | { status: 'open' }
  | {
      status: 'lost';
      cause: 'deleted' | 'closed';
      /** Reading what pages had not opened yet, just before the delete went ahead. */
      rescuing: boolean;
      writing: boolean;
      problem: string | null;
    }
  | { status: 'upgraded' };

export const useConnectionStore = create<ConnectionState>()(() => ({ status: 'open' }));

export const useConnectionState = () => useConnectionStore((state) => state);

export function connectionChanged(state: ConnectionState): void {
  useConnectionStore.setState(state, true);
}

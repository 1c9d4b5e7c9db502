import { create } from 'zustand';

interface AppUpdateState {
  /** Switches to the new version that waits and reloads; null while none waits. */
  activate: (() => void) | null;
}

const useAppUpdateStore = create<AppUpdateState>()(() => ({ activate: null }));

export const useWaitingUpdate = () => useAppUpdateStore((state) => state.activate);

export function updateWaiting(activate: () => void): void {
  useAppUpdateStore.setState({ activate });
}

export function updateDeferred(): void {
  useAppUpdateStore.setState({ activate: null });
}

import { create } from 'zustand';

/** The id of the show in the built-in pack, public/packs/ballard.json. */
export const BUILT_IN_SHOW_ID = 'ballard';

/**
 * How far the start has come beyond the library store's own loading: adding the built-in show on
 * the first start, or a step that failed and can be tried again.
 */
export type StartState =
  | { status: 'running' }
  | { status: 'adding-built-in-show' }
  | { status: 'done' }
  | { status: 'failed'; problem: string; retry: () => Promise<void> };

export const useStartStore = create<StartState>()(() => ({ status: 'running' }));

export const useStartState = () => useStartStore((state) => state);

export function startStepped(state: StartState): void {
  useStartStore.setState(state, true);
}

export function resetStartState(): void {
  startStepped({ status: 'running' });
}

import { create } from 'zustand';

/**
 * Whether sync has told of the shows a profile follows. Until it has, the library loads nothing
 * of its section of shows on other devices, so the first page carries no sync code.
 */
const useHeardStore = create<{ heard: boolean }>()(() => ({ heard: false }));

export const useFollowedShowsHeard = () => useHeardStore((state) => state.heard);

export function followedShowsHeard(): void {
  useHeardStore.setState({ heard: true });
}

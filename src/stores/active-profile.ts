import { create } from 'zustand';
import { FIRST_PROFILE } from '../storage/database';

/**
 * Whose progress, reveals and notes the pages show. Kept apart from the profiles list so the
 * progress, reveals and notes stores can read it without importing what loads them.
 */
export const useActiveProfileStore = create<{ activeProfileId: string }>()(() => ({
  activeProfileId: FIRST_PROFILE.id,
}));

export const activeProfileId = () => useActiveProfileStore.getState().activeProfileId;

export const useActiveProfileId = () => useActiveProfileStore((state) => state.activeProfileId);

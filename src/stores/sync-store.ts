import { create } from 'zustand';
import type { NoteVersions } from '../domain/sync-notes';
import type { SyncReport } from '../domain/sync-status';
import { ownEntry } from './own-entry';
import { useActiveProfileId } from './active-profile';

/** What the settings page shows of a profile's sync server; never its password. */
export interface ProfileSyncShown {
  address: string;
  user: string;
  report: SyncReport;
}

interface SyncState {
  byProfile: Readonly<Record<string, ProfileSyncShown>>;
  /** Each profile's notes edited on two devices, whose versions wait for the person to choose. */
  noteChoices: Readonly<Record<string, readonly NoteVersions[]>>;
}

export const useSyncStore = create<SyncState>()(() => ({ byProfile: {}, noteChoices: {} }));

export function noteChoicesFound(profileId: string, choices: readonly NoteVersions[]): void {
  useSyncStore.setState((state) => ({
    noteChoices: { ...state.noteChoices, [profileId]: choices },
  }));
}

const NO_CHOICES: readonly NoteVersions[] = [];

/** The active profile's notes whose versions wait for a choice. */
export function useNoteChoices(): readonly NoteVersions[] {
  const profileId = useActiveProfileId();
  return useSyncStore((state) => ownEntry(state.noteChoices, profileId) ?? NO_CHOICES);
}

export function profileSyncShown(profileId: string, shown: ProfileSyncShown | null): void {
  useSyncStore.setState((state) => {
    const { [profileId]: _before, ...others } = state.byProfile;
    const { [profileId]: _choices, ...otherChoices } = state.noteChoices;
    return shown
      ? { byProfile: { ...others, [profileId]: shown } }
      : { byProfile: others, noteChoices: otherChoices };
  });
}

export function profileSyncReported(profileId: string, report: SyncReport): void {
  useSyncStore.setState((state) => {
    const shown = ownEntry(state.byProfile, profileId);
    return shown ? { byProfile: { ...state.byProfile, [profileId]: { ...shown, report } } } : {};
  });
}

/** The active profile's sync server, or undefined while it syncs with none. */
export function useActiveProfileSync(): ProfileSyncShown | undefined {
  const profileId = useActiveProfileId();
  return useSyncStore((state) => ownEntry(state.byProfile, profileId));
}

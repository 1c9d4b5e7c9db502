import { useMemo } from 'react';
import { create } from 'zustand';
import type { NoteVersions } from '../domain/sync-notes';
import { showsElsewhere, type SyncedShow } from '../domain/sync-shows';
import type { SyncReport } from '../domain/sync-status';
import { followedShowsHeard } from './followed-shows-heard';
import { useShowSummaries } from './library-store';
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
  /** Each profile's shows, as followed on any of its devices. */
  followedShows: Readonly<Record<string, readonly SyncedShow[]>>;
}

export const useSyncStore = create<SyncState>()(() => ({
  byProfile: {},
  noteChoices: {},
  followedShows: {},
}));

export function followedShowsFound(profileId: string, shows: readonly SyncedShow[]): void {
  useSyncStore.setState((state) => ({
    followedShows: { ...state.followedShows, [profileId]: shows },
  }));
  followedShowsHeard();
}

const NO_SHOWS: readonly SyncedShow[] = [];

/** The shows the active profile follows on another device that this one lacks, by title. */
export function useShowsElsewhere(): readonly SyncedShow[] {
  const profileId = useActiveProfileId();
  const followed = useSyncStore((state) => ownEntry(state.followedShows, profileId) ?? NO_SHOWS);
  const summaries = useShowSummaries();
  return useMemo(
    () => showsElsewhere(followed, new Set(Object.keys(summaries))),
    [followed, summaries],
  );
}

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
    const { [profileId]: _shows, ...otherShows } = state.followedShows;
    return shown
      ? { byProfile: { ...others, [profileId]: shown } }
      : { byProfile: others, noteChoices: otherChoices, followedShows: otherShows };
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

import type { PreviouslyDatabase } from '../storage/database';
import { writeHeldData } from '../storage/held-data-write';
import { ACTIVE_PROFILE_KEY } from '../storage/profiles-repository';
import { activeProfileId } from './active-profile';
import { describeUnchangedAfterFailure } from '../storage/storage-errors';
import { connectionChanged, useConnectionStore } from './connection-store';
import { reconnected, reopenDatabase, tellOtherTabs } from './database-handle';
import { useLibraryStore } from './library-store';
import { noticeShown } from './notices-store';
import { ownEntry } from './own-entry';
import { useProfilesStore } from './profiles-store';
import { useProgressStore } from './progress-store';
import { useRevealsStore } from './reveals-store';
import { useSettingsStore } from './settings-store';
import { showRulesHeld } from './show-rules-store';
import { storesLoaded } from './start-app';
import {
  heldProfiles,
  listed,
  lostConnectionChanged,
  rescuedContent,
  showsWithoutRecaps,
} from './storage-loss';

/**
 * After another tab deleted the database: opens a new one and writes everything this tab holds
 * (shows with their recaps, progress, reveals, notes, settings, each show's rules, what was kept
 * aside) in one
 * transaction. Only once that is stored may a start seed the built-in show again.
 */
export async function thisTabsDataWrittenBack(): Promise<void> {
  const connection = useConnectionStore.getState();
  if (connection.status !== 'lost' || connection.writing) return;
  lostConnectionChanged({ writing: true, problem: null });
  const rescued = await rescuedContent();
  const library = useLibraryStore.getState();
  const shows = Object.values(library.shows).flatMap((stored) => {
    const entries = ownEntry(library.entries, stored.show.id);
    return entries?.status === 'ready' ? [{ stored, entries: entries.entries }] : [];
  });
  const notesStore = await import('./notes-store');
  const { deleting } = useProfilesStore.getState();
  const profiles = heldProfiles();
  const profileIds = profiles.map((profile) => profile.id);
  const { notes, showIdsNotRead } = notesStore.notesHeld(profileIds, Object.keys(library.shows));
  const ofProfiles = <T>(byProfile: Readonly<Record<string, T>>) =>
    Object.fromEntries(Object.entries(byProfile).filter(([id]) => profileIds.includes(id)));
  let database: PreviouslyDatabase | null = null;
  try {
    database = await reopenDatabase();
    await writeHeldData(database, {
      shows,
      profiles,
      watched: ofProfiles(useProgressStore.getState().watched),
      revealed: ofProfiles(useRevealsStore.getState().revealed),
      notes,
      // Each setting is stored under its own name, as settings-store saves it.
      settings: {
        ...Object.fromEntries(
          Object.entries(useSettingsStore.getState()).filter(([, value]) => value !== undefined),
        ),
        [ACTIVE_PROFILE_KEY]: activeProfileId(),
      },
      showRules: showRulesHeld(),
      asStored: rescued?.asStored ?? [],
    });
  } catch (error) {
    database?.close();
    lostConnectionChanged({
      writing: false,
      problem: describeUnchangedAfterFailure("this tab's data", error),
    });
    return;
  }
  const withoutRecaps = showsWithoutRecaps(library);
  const withoutNotes = showIdsNotRead.map(
    (showId) => ownEntry(library.summaries, showId)?.show.title ?? showId,
  );
  reconnected(database);
  connectionChanged({ status: 'open' });
  await storesLoaded(database);
  // A deletion the user can still undo stays pending: storage holds its profile again until then.
  useProfilesStore.setState((state) => ({
    profiles: state.profiles.filter((profile) => !deleting.some((each) => each.id === profile.id)),
    deleting,
  }));
  tellOtherTabs({ type: 'everything' });
  noticeShown(
    [
      "This tab's data was written back: your progress, reveals, notes and settings are stored again.",
      withoutRecaps.length > 0
        ? `This tab had not opened the recaps of ${listed(withoutRecaps)}, so import ${withoutRecaps.length === 1 ? 'its recap pack' : 'their recap packs'} again; your marks, reveals and notes on ${withoutRecaps.length === 1 ? 'it' : 'them'} are kept.`
        : '',
      withoutNotes.length > 0
        ? `This tab had not opened your notes on ${listed(withoutNotes)}, so any there could not be written back; a backup you saved holds them.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
    'info',
  );
}

import type { DBSchema, IDBPDatabase } from 'idb';
import type { Character, Entry, Episode, ShowInfo } from '../domain/pack';
import type { ProgressSummary } from '../domain/progress-summary';
import type { EpisodeHeads, ShowSummary } from '../domain/show-summary';

/** A show without its entries; entries sit in their own store so the library opens fast. */
export interface StoredShow {
  show: ShowInfo;
  episodes: Episode[];
  characters: Character[];
}

/**
 * A show's summary as stored (show-summaries.ts): its codes as one string, one per line (a code
 * holds no break), and its episodes' heads apart, one record a chunk keyed [showId, chunk], each
 * marked with the summary's headsKey so that one left from another copy of the show is known.
 */
export type StoredShowSummary = Omit<ShowSummary, 'codes' | 'heads'> & { codes: string };
export type StoredEpisodeHeads = EpisodeHeads & { headsKey: string };

/** A note the user wrote: an entry of kind "note" that belongs to one show. */
export interface StoredNote extends Entry {
  showId: string;
  updatedAt: number;
}

/** A note as stored: with the profile whose note it is. */
export interface StoredNoteRecord extends StoredNote {
  profileId: string;
}

/** One viewer of this browser, with their own progress, reveals and notes. */
export interface Profile {
  id: string;
  name: string;
  createdAt: number;
}

/** The profile created with the database, which holds everything stored before profiles existed. */
export const FIRST_PROFILE: Profile = { id: 'first', name: 'Me', createdAt: 0 };

export interface QuarantinedRecord {
  store: string;
  key: string;
  value: unknown;
  reason: string;
  at: number;
}

/** [profileId, showId, item]: how progress and reveals are keyed. */
export type ProfileItemKey = [string, string, string];

/** The [showId, item] key of versions 2 to 4, for the upgrades that run before profiles. */
export const legacyKey = (showId: string, item: string) =>
  [showId, item] as unknown as ProfileItemKey;

export interface PreviouslySchema extends DBSchema {
  shows: { key: string; value: StoredShow };
  entries: { key: string; value: Entry[] };
  /** What the library's first page shows of each show, written with the show and its entries. */
  showSummaries: { key: string; value: StoredShowSummary };
  /** Keyed [showId, chunk]: the titles and reveal fingerprints a library tile reads of episodes. */
  episodeHeads: { key: [string, number]; value: StoredEpisodeHeads };
  profiles: { key: string; value: Profile };
  /**
   * One record a watched episode, keyed [profileId, showId, code], so a mark writes a few bytes
   * whatever the library holds.
   */
  progress: { key: ProfileItemKey; value: { watchedAt: number } };
  /**
   * Keyed [profileId, showId]: the counts a library tile shows, written with every mark so that
   * start-up reads no marks. Derived from progress: one that is missing or stale is counted again.
   */
  progressSummaries: { key: [string, string]; value: ProgressSummary };
  /** Keyed [profileId, showId, reveal key]; see domain/reveal-keys.ts. */
  reveals: { key: ProfileItemKey; value: { revealedAt: number } };
  notes: {
    key: string;
    value: StoredNoteRecord;
    indexes: { byShow: string; byProfileShow: [string, string] };
  };
  settings: { key: string; value: unknown };
  /** Records that could not be read, kept as they were so nothing is lost. */
  quarantine: { key: string; value: QuarantinedRecord };
}

export type PreviouslyDatabase = IDBPDatabase<PreviouslySchema>;

/** The stores that hold a person's library: what a restore replaces and a write-back fills. */
export const LIBRARY_STORES = [
  'shows',
  'entries',
  'showSummaries',
  'episodeHeads',
  'profiles',
  'progress',
  'progressSummaries',
  'reveals',
  'notes',
] as const;

import { ownEntry } from './own-entry';

/**
 * What the progress and reveals stores hold alike: per loaded profile, per show, a set of keys
 * (episode codes watched, items revealed). A profile still loading has no entry.
 */

/** One profile's sets by show. */
export type SetsByShow = Readonly<Record<string, ReadonlySet<string>>>;

export type SetsByProfile = Readonly<Record<string, SetsByShow>>;

export const NO_KEYS: ReadonlySet<string> = new Set();

/** What a profile holds of a show; nothing while it loads. */
export function setOf(
  byProfile: SetsByProfile,
  profileId: string,
  showId: string,
): ReadonlySet<string> {
  const ofProfile = ownEntry(byProfile, profileId);
  return (ofProfile && ownEntry(ofProfile, showId)) ?? NO_KEYS;
}

/** With a profile's sets as read from storage. */
export const withProfileLoaded = (
  byProfile: SetsByProfile,
  profileId: string,
  byShow: ReadonlyMap<string, ReadonlySet<string>>,
): SetsByProfile => ({ ...byProfile, [profileId]: Object.fromEntries(byShow) });

/**
 * With one profile's set for a show replaced, unless that profile is still loading: it reads
 * everything when it loads, this change included.
 */
export function withShowSet(
  byProfile: SetsByProfile,
  profileId: string,
  showId: string,
  keys: ReadonlySet<string>,
): SetsByProfile {
  const ofProfile = ownEntry(byProfile, profileId);
  return ofProfile ? { ...byProfile, [profileId]: { ...ofProfile, [showId]: keys } } : byProfile;
}

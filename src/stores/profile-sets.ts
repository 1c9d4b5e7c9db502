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

/** With one profile's set for a show, held or not before. */
export const withShowRead = (
  byProfile: SetsByProfile,
  profileId: string,
  showId: string,
  keys: ReadonlySet<string>,
): SetsByProfile => ({
  ...byProfile,
  [profileId]: { ...ownEntry(byProfile, profileId), [showId]: keys },
});

/**
 * One store's sets, the shape progress and reveals share: whether a profile holds a show's whole
 * set, changing a held set, and taking what storage holds once another tab changed a show.
 */
export function showSets(
  sets: () => SetsByProfile,
  setsChanged: (update: (sets: SetsByProfile) => SetsByProfile) => void,
  /** Profiles that hold every show's set, those without any key too. */
  wholeProfiles: () => readonly string[],
  read: (profileId: string, showId: string) => Promise<ReadonlySet<string>>,
) {
  const holds = (profileId: string, showId: string) =>
    wholeProfiles().includes(profileId) ||
    ownEntry(ownEntry(sets(), profileId) ?? {}, showId) !== undefined;
  /** A set not held is left alone: it is read whole when needed, this change included. */
  const showSet = (profileId: string, showId: string, keys: ReadonlySet<string>) => {
    if (holds(profileId, showId))
      setsChanged((held) => withShowRead(held, profileId, showId, keys));
  };
  return {
    holds,
    showSet,
    /** Another tab changed this show: take what storage now holds, for every profile holding it. */
    async changedElsewhere(showId: string): Promise<void> {
      for (const profileId of new Set([...Object.keys(sets()), ...wholeProfiles()])) {
        if (holds(profileId, showId)) showSet(profileId, showId, await read(profileId, showId));
      }
    },
  };
}

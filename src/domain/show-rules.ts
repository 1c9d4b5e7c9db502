/**
 * What one show's user chose for it: strict mode, what upcoming episodes show by their distance
 * from the horizon, and, for a cast that comes with no first episodes, whom they have met.
 */

/** The app-wide setting of which upcoming episodes show their titles, for shows without rules. */
export type UpcomingTitles = 'next' | 'all' | 'none';

/** How much of an upcoming episode shows. */
export type UpcomingDetail = 'hidden' | 'title' | 'title-and-synopsis';

/** Upcoming episodes by distance: the next one, the rest of its season, and later seasons. */
export interface UpcomingByDistance {
  readonly next: UpcomingDetail;
  readonly season: UpcomingDetail;
  readonly later: UpcomingDetail;
}

export type Distance = keyof UpcomingByDistance;

export interface ShowRules {
  /** Also hides air dates, counts of seasons not watched yet and how many items are covered. */
  readonly strict: boolean;
  /** Null: the app-wide title setting applies. */
  readonly upcoming: UpcomingByDistance | null;
  /** Ids of characters the user said they met: in strict mode a cast with no first episodes waits for this. */
  readonly met: readonly string[];
}

export const DEFAULT_SHOW_RULES: ShowRules = { strict: false, upcoming: null, met: [] };

/** The app-wide title setting as distance rules: it never shows a synopsis. */
export function upcomingFromTitles(titles: UpcomingTitles): UpcomingByDistance {
  switch (titles) {
    case 'all':
      return { next: 'title', season: 'title', later: 'title' };
    case 'next':
      return { next: 'title', season: 'hidden', later: 'hidden' };
    case 'none':
      return { next: 'hidden', season: 'hidden', later: 'hidden' };
  }
}

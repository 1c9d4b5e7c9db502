const APP_NAME = 'Previously';

/**
 * The tab title, from codes, the show's title and the app's own words only. Never an episode
 * title: browser history keeps every title a tab had, so one covered again later would stay there.
 */
export function documentTitle(...visibleParts: string[]): string {
  return [...visibleParts, APP_NAME].join(' · ');
}

import { withoutInvisibleCharacters } from './invisible-characters';

const APP_NAME = 'Previously';

/**
 * The tab title, from codes, the show's title and the app's own words only. Never an episode
 * title: browser history keeps every title a tab had, so one covered again later would stay there.
 * A tab title is plain text, where nothing can isolate a part, so a show's title saved before
 * import cleaned it loses its direction-changing characters here.
 */
export function documentTitle(...visibleParts: string[]): string {
  return [...visibleParts.map(withoutInvisibleCharacters), APP_NAME].join(' · ');
}

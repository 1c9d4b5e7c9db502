import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pack } from '../../../src/domain/pack';
import { REPO_ROOT } from './app-build';
import { coveredStrings, type CoveredString } from './covered-strings';

/** The built-in default show, read from the file the app serves. */
export const BALLARD: Pack = JSON.parse(
  readFileSync(join(REPO_ROOT, 'public/packs/ballard.json'), 'utf8'),
) as Pack;

/** S1E1 … S1E{count}. */
export function ballardCodesThrough(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `S1E${index + 1}`);
}

export function ballardCovered(watched: string[], revealedEntries: string[] = []): CoveredString[] {
  return coveredStrings(BALLARD, { watched, revealedEntries });
}

export const FINALE_RECAP_TITLE =
  'Season 1 finale: a killer at home, a crooked cop, and handcuffs for Ballard';

const finaleItems = BALLARD.entries.filter(
  (entry) => entry.spoils === 'S1E10' && entry.kind !== 'news',
);
const metAtFinale = new Set(
  BALLARD.characters.filter((c) => c.introducedIn === 'S1E10').map((c) => c.id),
);
const aboutSomeoneNotMet = (entry: (typeof finaleItems)[number]) =>
  entry.kind === 'fact' && metAtFinale.has(entry.characters[0] ?? '');

/**
 * Placeholders on the S1E10 page before the finale: the recap, four reveals and Renée's fact, and
 * one for the facts about the three people not met yet, which are never counted one by one.
 */
export const FINALE_PLACEHOLDERS =
  finaleItems.filter((entry) => !aboutSomeoneNotMet(entry)).length +
  (finaleItems.some(aboutSomeoneNotMet) ? 1 : 0);

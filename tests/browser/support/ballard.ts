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

/** On the S1E10 page: the finale recap, four reveals and four character facts. */
export const FINALE_ITEMS = BALLARD.entries.filter(
  (entry) => entry.spoils === 'S1E10' && entry.kind !== 'news',
).length;

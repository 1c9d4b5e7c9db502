import { EPISODE_CODE_PATTERN } from './episode-code';
import { hasInvisibleCharacters } from './invisible-characters';
import { ENTRY_KIND_LABELS, type Entry, type Episode } from './pack';
import { MAX_BODY_LENGTH, SLUG } from './pack-schema';

/**
 * Quick checks of stored records, each exactly as the pack schema's output has it: every field
 * and no others, each within its rule. The schema builds a copy of each record as it checks it:
 * for Extreme's 15,000 episodes that took about ten times as long before its code had warmed up,
 * and for its 90,000 recaps over half a second on the page. A record these refuse is checked by
 * the schema, which says what is wrong. They take records as IndexedDB and JSON.parse give them:
 * plain objects, whose fields are all their own and enumerable.
 */

/**
 * The schema's date form and limits, written out here because sharing them put them in the first
 * page's JavaScript; the properties in the tests fail the moment the two differ.
 */
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:[12]\d|0[1-9]|3[01])$/u;
const EPISODE_LIMITS = { title: 300, synopsis: 10_000, runtimeMinutes: 10_000 } as const;
const ENTRY_LIMITS = {
  id: 200,
  title: 300,
  body: MAX_BODY_LENGTH,
  characters: 200,
  keyword: 100,
  keywords: 50,
  source: 500,
} as const;

export function wellFormedEpisodes(items: unknown[]): items is Episode[] {
  return everyOne(items, wellFormedEpisode);
}

export function wellFormedEntries(items: unknown[]): items is Entry[] {
  return everyOne(items, wellFormedEntry);
}

/** Like `every`, but a hole in the list fails: the schema checks each place, not each item. */
function everyOne(items: readonly unknown[], wellFormed: (item: unknown) => boolean): boolean {
  for (let at = 0; at < items.length; at++) if (!wellFormed(items[at])) return false;
  return true;
}

/** Whether `item` is a plain record of exactly `count` fields of its own. */
function fieldsOwned(item: unknown, count: number): item is Record<string, unknown> {
  if (typeof item !== 'object' || item === null) return false;
  let fields = 0;
  for (const key in item) {
    if (!Object.hasOwn(item, key)) return false;
    fields++;
  }
  return fields === count;
}

function wellFormedEpisode(item: unknown): boolean {
  if (!fieldsOwned(item, 5)) return false;
  const { code, title, airDate, runtime, synopsis } = item;
  return (
    episodeCode(code) &&
    textOrNull(title, 1, EPISODE_LIMITS.title) &&
    textOrNull(synopsis, 1, EPISODE_LIMITS.synopsis) &&
    dateOrNull(airDate) &&
    (runtime === null ||
      (typeof runtime === 'number' &&
        Number.isInteger(runtime) &&
        runtime >= 0 &&
        runtime <= EPISODE_LIMITS.runtimeMinutes))
  );
}

const KINDS: ReadonlySet<unknown> = new Set(Object.keys(ENTRY_KIND_LABELS));

function wellFormedEntry(item: unknown): boolean {
  if (!fieldsOwned(item, 9)) return false;
  const { id, kind, spoils, title, body, characters, keywords, date, source } = item;
  return (
    text(id, 1, ENTRY_LIMITS.id) &&
    !hasInvisibleCharacters(id) &&
    KINDS.has(kind) &&
    (spoils === null || episodeCode(spoils)) &&
    textOrNull(title, 1, ENTRY_LIMITS.title) &&
    text(body, 0, ENTRY_LIMITS.body) &&
    listOf(characters, ENTRY_LIMITS.characters, (id) => typeof id === 'string' && SLUG.test(id)) &&
    listOf(keywords, ENTRY_LIMITS.keywords, (keyword) => text(keyword, 1, ENTRY_LIMITS.keyword)) &&
    dateOrNull(date) &&
    textOrNull(source, 1, ENTRY_LIMITS.source)
  );
}

function text(value: unknown, minLength: number, maxLength: number): value is string {
  return typeof value === 'string' && value.length >= minLength && value.length <= maxLength;
}

function textOrNull(value: unknown, minLength: number, maxLength: number): boolean {
  return value === null || text(value, minLength, maxLength);
}

function episodeCode(value: unknown): boolean {
  return typeof value === 'string' && EPISODE_CODE_PATTERN.test(value);
}

function dateOrNull(value: unknown): boolean {
  return value === null || (typeof value === 'string' && ISO_DATE.test(value));
}

function listOf(value: unknown, maxLength: number, each: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.length <= maxLength && everyOne(value, each);
}

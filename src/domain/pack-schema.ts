import * as v from 'valibot';
import { EPISODE_CODE_PATTERN } from './episode-code';
import { hasInvisibleCharacters, INVISIBLE_IN_ID } from './invisible-characters';

export const SLUG = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const MAX_EPISODES = 20_000;
export const MAX_CHARACTERS = 5_000;
export const MAX_ENTRIES = 1_000_000;
export const MAX_BODY_LENGTH = 100_000;

/**
 * What a value is, for "expected …, got …": its kind, never its text, since a file being imported
 * can hold covered content. Numbers and the constants cannot spoil, so they are named.
 */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null || typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a number';
  if (typeof value === 'string') return value === '' ? 'empty text' : 'text';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export const received = (issue: v.BaseIssue<unknown>) => kindOf(issue.input);

function text(min: number, max: number) {
  return v.pipe(
    v.string((issue) => `expected text, got ${received(issue)}`),
    v.minLength(min, min === 1 ? 'must not be empty' : `must have at least ${min} characters`),
    v.maxLength(
      max,
      (issue) => `is ${issue.input.length} characters long; at most ${max} are allowed`,
    ),
  );
}

function optional<TSchema extends v.GenericSchema>(schema: TSchema) {
  return v.nullish(schema, null);
}

const isoDate = v.pipe(
  v.string((issue) => `expected a date as YYYY-MM-DD, got ${received(issue)}`),
  v.isoDate('is not a date as YYYY-MM-DD'),
);

const slug = v.pipe(
  v.string((issue) => `expected an id, got ${received(issue)}`),
  v.regex(SLUG, 'is not a valid id (lowercase letters, digits and dashes, at most 64)'),
);

const episodeCode = v.pipe(
  v.string((issue) => `expected an episode code like "S1E4", got ${received(issue)}`),
  v.regex(EPISODE_CODE_PATTERN, 'is not an episode code like "S1E4"'),
);

/**
 * Keys that must be written out even when null, since null means "open to anyone": a pack that
 * forgot one would otherwise show a finale reveal or a late character from the first episode.
 */
const NULL_MEANS_OPEN: Readonly<Record<string, string>> = {
  spoils: 'write null if it is safe for anyone',
  introducedIn: 'write null if the character is known from the premise',
};

function missingMessage(issue: v.BaseIssue<unknown>): string {
  const key = issue.path?.at(-1)?.key;
  const advice =
    typeof key === 'string' && Object.hasOwn(NULL_MEANS_OPEN, key) ? NULL_MEANS_OPEN[key] : null;
  return advice ? `is missing; ${advice}` : 'is missing';
}

function list<TItem extends v.GenericSchema>(item: TItem, min: number, max: number, what: string) {
  return v.pipe(
    v.array(item, (issue) => `expected a list of ${what}, got ${received(issue)}`),
    v.minLength(min, `must hold at least ${min} ${what}`),
    v.maxLength(max, (issue) => `holds ${issue.input.length} ${what}; at most ${max} are allowed`),
  );
}

function object<TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.object(entries, (issue) =>
    issue.input === undefined
      ? missingMessage(issue)
      : `expected an object, got ${received(issue)}`,
  );
}

export const showSchema = object({
  id: slug,
  title: text(1, 200),
  network: optional(text(1, 200)),
  premiered: optional(isoDate),
  summary: optional(text(1, 5_000)),
});

export const episodeSchema = object({
  code: episodeCode,
  title: optional(text(1, 300)),
  airDate: optional(isoDate),
  runtime: optional(
    v.pipe(
      v.number((issue) => `expected minutes as a number, got ${received(issue)}`),
      v.integer('must be a whole number of minutes'),
      v.minValue(0, 'must not be negative'),
      v.maxValue(10_000, 'is longer than 10,000 minutes'),
    ),
  ),
  synopsis: optional(text(1, 10_000)),
});

export const characterSchema = object({
  id: slug,
  name: text(1, 200),
  actor: optional(text(1, 200)),
  introducedIn: v.nullable(episodeCode),
});

export const entrySchema = object({
  id: v.pipe(
    text(1, 200),
    v.check((id) => !hasInvisibleCharacters(id), INVISIBLE_IN_ID),
  ),
  kind: v.picklist(
    ['recap', 'reveal', 'fact', 'news', 'note'],
    (issue) => `expected one of recap, reveal, fact, news or note, got ${received(issue)}`,
  ),
  spoils: v.nullable(episodeCode),
  title: optional(text(1, 300)),
  body: text(0, MAX_BODY_LENGTH),
  characters: v.nullish(list(slug, 0, 200, 'character ids'), []),
  keywords: v.nullish(list(text(1, 100), 0, 50, 'keywords'), []),
  date: optional(isoDate),
  source: optional(text(1, 500)),
});

export const packBodySchema = object({
  show: showSchema,
  episodes: list(episodeSchema, 1, MAX_EPISODES, 'episodes'),
  characters: v.nullish(list(characterSchema, 0, MAX_CHARACTERS, 'characters'), []),
  entries: v.nullish(list(entrySchema, 0, MAX_ENTRIES, 'entries'), []),
});

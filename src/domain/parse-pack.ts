import * as v from 'valibot';
import { PACK_FORMAT, PACK_VERSION, type Pack } from './pack';
import { packBodySchema } from './pack-schema';

export const MAX_PACK_BYTES = 64 * 1024 * 1024;
const MAX_PROBLEMS_LISTED = 10;

export type PackResult = { ok: true; pack: Pack } | { ok: false; problems: string[] };

function refuse(...problems: string[]): PackResult {
  return { ok: false, problems };
}

/** Refuse a file by its size before reading it. */
export function packSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_PACK_BYTES) return null;
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `The file is ${megabytes} MB; recap packs may be at most 64 MB.`;
}

export function parsePackText(text: string): PackResult {
  const sizeProblem = packSizeProblem(new TextEncoder().encode(text).length);
  if (sizeProblem) return refuse(sizeProblem);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(`The file is not valid JSON (${detail}).`);
  }
  return validatePack(data);
}

function describe(value: unknown): string {
  return JSON.stringify(value)?.slice(0, 60) ?? String(value);
}

function envelopeProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return `The file holds ${Array.isArray(data) ? 'a list' : describe(data)}, not a recap pack object.`;
  }
  const { format, version } = data as Record<string, unknown>;
  if (format !== PACK_FORMAT) {
    return `format: expected "${PACK_FORMAT}", got ${format === undefined ? 'nothing' : describe(format)}; this is not a recap pack.`;
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `version: expected a whole number, got ${describe(version)}.`;
  }
  if (version > PACK_VERSION) {
    return `version: this pack is version ${version}, and this app reads versions up to ${PACK_VERSION}. Update the app to import it.`;
  }
  return null;
}

function pathOf(issue: v.BaseIssue<unknown>): string {
  let path = '';
  for (const item of issue.path ?? []) {
    if (typeof item.key === 'number') path += `[${item.key}]`;
    else path += path === '' ? String(item.key) : `.${String(item.key)}`;
  }
  return path;
}

/** "episodes[3].code: message": a schema issue as a sentence that names the field path. */
export function formatIssue(issue: v.BaseIssue<unknown>): string {
  const path = pathOf(issue);
  const message =
    issue.input === undefined && issue.kind === 'schema' ? 'is missing' : issue.message;
  return path === '' ? message : `${path}: ${message}`;
}

/** Validate parsed JSON as a recap pack; nothing is stored until this says ok. */
export function validatePack(data: unknown): PackResult {
  const envelope = envelopeProblem(data);
  if (envelope) return refuse(envelope);
  const parsed = v.safeParse(packBodySchema, data);
  if (!parsed.success) {
    return refuse(...parsed.issues.slice(0, MAX_PROBLEMS_LISTED).map(formatIssue));
  }
  const pack: Pack = parsed.output;
  const problems = referenceProblems(pack);
  return problems.length > 0
    ? refuse(...problems.slice(0, MAX_PROBLEMS_LISTED))
    : { ok: true, pack };
}

function duplicates(
  values: readonly string[],
  label: (index: number) => string,
  what: string,
): string[] {
  const firstIndex = new Map<string, number>();
  const problems: string[] = [];
  values.forEach((value, index) => {
    const first = firstIndex.get(value);
    if (first === undefined) firstIndex.set(value, index);
    else problems.push(`${label(index)}: ${what} "${value}" is already used by ${label(first)}`);
  });
  return problems;
}

/** Rules that span fields: unique codes and ids, and references to episodes and characters. */
function referenceProblems(pack: Pack): string[] {
  const problems = [
    ...duplicates(
      pack.episodes.map((e) => e.code),
      (i) => `episodes[${i}].code`,
      'code',
    ),
    ...duplicates(
      pack.characters.map((c) => c.id),
      (i) => `characters[${i}].id`,
      'id',
    ),
    ...duplicates(
      pack.entries.map((e) => e.id),
      (i) => `entries[${i}].id`,
      'id',
    ),
  ];
  const codes = new Set(pack.episodes.map((episode) => episode.code));
  const characterIds = new Set(pack.characters.map((character) => character.id));
  const notAnEpisode = (code: string) => `"${code}" is not an episode of this show`;
  pack.characters.forEach((character, index) => {
    if (character.introducedIn !== null && !codes.has(character.introducedIn)) {
      problems.push(`characters[${index}].introducedIn: ${notAnEpisode(character.introducedIn)}`);
    }
  });
  pack.entries.forEach((entry, index) => {
    const at = `entries[${index}]`;
    if (entry.spoils !== null && !codes.has(entry.spoils)) {
      problems.push(`${at}.spoils: ${notAnEpisode(entry.spoils)}`);
    }
    entry.characters.forEach((id, position) => {
      if (!characterIds.has(id)) {
        problems.push(`${at}.characters[${position}]: "${id}" is not a character of this show`);
      }
    });
    if (entry.kind === 'fact' && entry.characters.length !== 1) {
      problems.push(
        `${at}.characters: a fact names exactly one character, this one names ${entry.characters.length}`,
      );
    }
    if (entry.kind !== 'fact' && entry.title === null) {
      problems.push(`${at}.title: is missing; every ${entry.kind} needs a title`);
    }
  });
  return problems;
}

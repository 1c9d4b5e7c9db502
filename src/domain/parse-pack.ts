import * as v from 'valibot';
import { PACK_FORMAT, PACK_VERSION, type Pack } from './pack';
import { packCodesInOneForm } from './codes-in-one-form';
import { inOneForm } from './episode-code';
import { episodeOrder } from './episode-order';
import { kindOf, packBodySchema } from './pack-schema';
import { packWithoutInvisible } from './pack-invisible-text';

export const MAX_PACK_BYTES = 64 * 1024 * 1024;
const MAX_PROBLEMS_LISTED = 10;

/** `invisibleRemoved`: paths of titles and names that lost invisible characters, for the report. */
export type PackResult =
  | { ok: true; pack: Pack; invisibleRemoved: string[]; asWritten: Pack }
  | { ok: false; problems: string[] };

function refuse(...problems: string[]): PackResult {
  return { ok: false, problems };
}

/** Refuse a file by its size before reading it. */
export function packSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_PACK_BYTES) return null;
  const megabytes = (bytes / (1024 * 1024)).toFixed(1);
  return `The file is ${megabytes} MB; recap packs may be at most 64 MB.`;
}

/** `byteLength` is the file's size when known; counting it from the text means encoding it all. */
export function parsePackText(
  text: string,
  byteLength = new TextEncoder().encode(text).length,
): PackResult {
  const sizeProblem = packSizeProblem(byteLength);
  if (sizeProblem) return refuse(sizeProblem);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse(jsonSyntaxProblem(text, error));
  }
  return validatePack(data);
}

/**
 * Where a file stops being JSON, without the excerpt the parser's message quotes: the excerpt is
 * the file's own text, which can be covered content. The position comes from the message when
 * the parser gives one (V8: "at position 12", Firefox: "at line 1 column 13").
 */
export function jsonSyntaxProblem(text: string, error: unknown): string {
  if (text.trim() === '') return 'The file is not valid JSON: it is empty.';
  const message = error instanceof Error ? error.message : String(error);
  const position = /\bat position (\d+)/.exec(message)?.[1];
  if (position !== undefined) {
    const before = text.slice(0, Number(position));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return `The file is not valid JSON (line ${line}, column ${column}).`;
  }
  const lineAndColumn = /\bline (\d+) column (\d+)/.exec(message);
  if (lineAndColumn) {
    return `The file is not valid JSON (line ${lineAndColumn[1]}, column ${lineAndColumn[2]}).`;
  }
  if (/unexpected end/i.test(message)) {
    return 'The file is not valid JSON: it ends before the JSON is complete.';
  }
  return 'The file is not valid JSON.';
}

/** The formats a message may name: they are this app's, not content from the file. */
const KNOWN_FORMATS = new Set(['previously-pack', 'previously-backup']);

/** "got …" for a format field: a known format by name, anything else by its kind. */
export function describeFormat(format: unknown): string {
  return typeof format === 'string' && KNOWN_FORMATS.has(format) ? `"${format}"` : kindOf(format);
}

export function envelopeProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return `The file holds ${kindOf(data)}, not a recap pack object.`;
  }
  const { format, version } = data as Record<string, unknown>;
  if (format !== PACK_FORMAT) {
    return `format: expected "${PACK_FORMAT}", got ${describeFormat(format)}; this is not a recap pack.`;
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return `version: expected a whole number, got ${kindOf(version)}.`;
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
  const saysMissing = issue.message.startsWith('is missing');
  const message =
    issue.input === undefined && issue.kind === 'schema' && !saysMissing
      ? 'is missing'
      : issue.message;
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
  return checkedAcrossFields(parsed.output);
}

/**
 * The rules that span fields, for a pack whose every field passed its schema: codes in one form,
 * invisible characters, repeats and references.
 */
export function checkedAcrossFields(asWritten: Pack): PackResult {
  const {
    pack,
    cleaned,
    problems: onlyInvisible,
  } = packWithoutInvisible(packCodesInOneForm(asWritten));
  const problems = [
    ...onlyInvisible,
    ...duplicates(
      asWritten.episodes.map((e) => e.code),
      (i) => `episodes[${i}].code`,
      inOneForm,
    ),
    ...referenceProblems(pack),
  ];
  return problems.length > 0
    ? refuse(...problems.slice(0, MAX_PROBLEMS_LISTED))
    : { ok: true, pack, invisibleRemoved: cleaned, asWritten };
}

/**
 * "entries[3].id: is already used by entries[1].id": a repeated value, named by where it is and
 * never by what it is (an id can give away covered content). With `sameAs`, values it writes
 * alike are repeats too, and both forms are named: only for episode codes, which are no secret.
 */
export function duplicates(
  values: readonly string[],
  label: (index: number) => string,
  sameAs?: (value: string) => string,
): string[] {
  const firstIndex = new Map<string, number>();
  const problems: string[] = [];
  values.forEach((value, index) => {
    const key = sameAs ? sameAs(value) : value;
    const first = firstIndex.get(key);
    if (first === undefined) {
      firstIndex.set(key, index);
      return;
    }
    const firstValue = values[first] ?? value;
    const forms = firstValue === value ? '' : ` (${value} and ${firstValue} are one episode)`;
    problems.push(`${label(index)}: is already used by ${label(first)}${forms}`);
  });
  return problems;
}

/**
 * Rules that span fields, over codes in one form (repeated codes are found before): unique ids,
 * references to episodes and characters, and facts that open no earlier than their character.
 * Messages name paths, and of the values only episode codes, which placeholders show anyway.
 */
function referenceProblems(pack: Pack): string[] {
  const problems = [
    ...duplicates(
      pack.characters.map((c) => c.id),
      (i) => `characters[${i}].id`,
    ),
    ...duplicates(
      pack.entries.map((e) => e.id),
      (i) => `entries[${i}].id`,
    ),
  ];
  const codes = new Set(pack.episodes.map((episode) => episode.code));
  const { positionOf } = episodeOrder(pack.episodes);
  const characterIndex = new Map<string, number>();
  pack.characters.forEach((character, index) => {
    if (!characterIndex.has(character.id)) characterIndex.set(character.id, index);
  });
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
      if (!characterIndex.has(id)) {
        problems.push(`${at}.characters[${position}]: is not a character of this show`);
      }
    });
    if (entry.kind === 'fact' && entry.characters.length !== 1) {
      problems.push(
        `${at}.characters: a fact names exactly one character, this one names ${entry.characters.length}`,
      );
    }
    const introducedAt = factOpensTooEarly(pack, positionOf, entry, characterIndex);
    if (introducedAt !== null) {
      const introducedIn = pack.characters[introducedAt]?.introducedIn ?? '';
      problems.push(
        `${at}.spoils: a fact opens before its character is introduced (characters[${introducedAt}].introducedIn is ${introducedIn})`,
      );
    }
    if (entry.kind !== 'fact' && entry.title === null) {
      problems.push(`${at}.title: is missing; every ${entry.kind} needs a title`);
    }
  });
  return problems;
}

/**
 * The index of a fact's character when the fact would open before that character is introduced
 * (a fact with no episode opens at once), else null. Unknown codes are reported elsewhere.
 */
function factOpensTooEarly(
  pack: Pack,
  positionOf: ReadonlyMap<string, number>,
  entry: Pack['entries'][number],
  characterIndex: ReadonlyMap<string, number>,
): number | null {
  if (entry.kind !== 'fact' || entry.characters.length !== 1) return null;
  const index = characterIndex.get(entry.characters[0] ?? '');
  const introducedIn = index === undefined ? null : pack.characters[index]?.introducedIn;
  if (index === undefined || introducedIn === null || introducedIn === undefined) return null;
  const introduced = positionOf.get(introducedIn);
  if (introduced === undefined) return null;
  if (entry.spoils === null) return index;
  const opens = positionOf.get(entry.spoils);
  return opens !== undefined && opens < introduced ? index : null;
}

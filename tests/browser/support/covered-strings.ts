import type { Pack } from '../../../src/domain/pack';

/**
 * The test's own account of what the spoiler gate must cover, written from the spec and not from
 * the app's gate, so a bug in the gate cannot hide itself.
 */

export interface Progress {
  watched: Iterable<string>;
  /** Ids of entries revealed early on purpose. */
  revealedEntries?: Iterable<string>;
}

export interface CoveredString {
  /** Where the string comes from, for the failure message: `entries[3].title`. */
  source: string;
  text: string;
}

const MARKDOWN_SYNTAX = /[*_`#>[\]()!|~\n]+/;
const DISTINCTIVE_LENGTH = 16;

/** Runs of plain words in a Markdown body that survive rendering unchanged, as HTML text. */
export function distinctiveSubstrings(body: string): string[] {
  return body
    .split(MARKDOWN_SYNTAX)
    .map((segment) => segment.trim())
    .filter((segment) => segment.length >= DISTINCTIVE_LENGTH && !/[<>&"]/.test(segment))
    .map((segment) =>
      segment.length > 60 ? segment.slice(0, 60).replace(/\s+\S*$/, '') : segment,
    );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Case-insensitive, and only as a whole run: "gun" is not found in "begun" or an asset hash. */
export function containsWords(haystack: string, needle: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'iu').test(
    haystack,
  );
}

export function coveredStrings(pack: Pack, progress: Progress): CoveredString[] {
  const position = new Map(pack.episodes.map((episode, index) => [episode.code, index]));
  let horizon = -1;
  for (const code of progress.watched) horizon = Math.max(horizon, position.get(code) ?? -1);
  const revealed = new Set(progress.revealedEntries ?? []);
  const isOpen = (code: string | null) =>
    code === null || (position.get(code) ?? Infinity) <= horizon;

  const covered: CoveredString[] = [];
  const allowed: string[] = [pack.show.title, pack.show.summary ?? '', pack.show.network ?? ''];
  const add = (source: string, text: string | null) => {
    if (text !== null && text.trim() !== '') covered.push({ source, text });
  };

  pack.entries.forEach((entry, index) => {
    const at = `entries[${index}]`;
    if (isOpen(entry.spoils) || revealed.has(entry.id)) {
      allowed.push(entry.title ?? '', entry.body, entry.source ?? '');
      return;
    }
    add(`${at}.id`, entry.id);
    add(`${at}.title`, entry.title);
    add(`${at}.body`, entry.body);
    distinctiveSubstrings(entry.body).forEach((text) => add(`${at}.body (excerpt)`, text));
    entry.keywords.forEach((keyword, k) => add(`${at}.keywords[${k}]`, keyword));
  });
  pack.characters.forEach((character, index) => {
    const at = `characters[${index}]`;
    if (isOpen(character.introducedIn)) {
      allowed.push(character.name, character.actor ?? '');
      return;
    }
    add(`${at}.id`, character.id);
    add(`${at}.name`, character.name);
    add(`${at}.actor`, character.actor);
  });
  pack.episodes.forEach((episode, index) => {
    const at = `episodes[${index}]`;
    // The default title setting shows the next unwatched episode's title and no other.
    if (index <= horizon + 1) allowed.push(episode.title ?? '');
    else add(`${at}.title`, episode.title);
    if (index <= horizon) allowed.push(episode.synopsis ?? '');
    else add(`${at}.synopsis`, episode.synopsis);
  });

  // A word that visible content uses (a revealed recap naming a character) cannot signal a leak.
  const visibleText = allowed.join('\n');
  return covered.filter(({ text }) => !containsWords(visibleText, text));
}

import { entryCodesInOneForm } from './codes-in-one-form';
import { inOneForm } from './episode-code';
import type { Entry, Episode } from './pack';

/**
 * What a reveal remembers. An entry or an episode is remembered with a fingerprint of its
 * content, so a pack that gives its id or code to different content does not open that content:
 * "entry#<fingerprint>:<id>", "episode#<fingerprint>:<code>". The fingerprint is a 53-bit hash,
 * so no content text reaches storage or backups. The user's own notes are tied to their id
 * alone ("entry:<id>"): only the user changes them, and an edit is not a new spoiler.
 *
 * Keys written before fingerprints ("entry:<id>", "episode:<code>") open nothing until they are
 * pinned to the content they meant (pinLegacyRevealKey).
 */

const ARGUMENT_END = 0x10000;
const ABSENT = 0x10001;

/** cyrb53 over a list of texts; the markers sit above every UTF-16 code unit, so lists never blur. */
export function fingerprint(parts: readonly (string | null)[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (code: number) => {
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  };
  for (const part of parts) {
    if (part === null) {
      mix(ABSENT);
      continue;
    }
    for (let index = 0; index < part.length; index++) mix(part.charCodeAt(index));
    mix(ARGUMENT_END);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

const entryKeys = new WeakMap<Entry, string>();
const episodeKeys = new WeakMap<Episode, string>();

/** The key of an entry from a pack, computed once per entry object. */
export function entryRevealKey(entry: Entry): string {
  let key = entryKeys.get(entry);
  if (key === undefined) {
    const { kind, spoils, title, body, characters } = entry;
    const content = fingerprint([
      kind,
      spoils,
      title,
      body,
      String(characters.length),
      ...characters,
    ]);
    key = `entry#${content}:${entry.id}`;
    entryKeys.set(entry, key);
  }
  return key;
}

/** What an episode's key holds of its title and synopsis. */
export function episodeFingerprint(episode: Episode): string {
  return fingerprint([episode.title, episode.synopsis]);
}

/** The key of an episode with this code and content fingerprint. */
export function episodeKeyOf(code: string, contentFingerprint: string): string {
  return `episode#${contentFingerprint}:${code}`;
}

/** The key of an episode's title and synopsis, computed once per episode object. */
export function episodeRevealKey(episode: Episode): string {
  let key = episodeKeys.get(episode);
  if (key === undefined) {
    key = episodeKeyOf(episode.code, episodeFingerprint(episode));
    episodeKeys.set(episode, key);
  }
  return key;
}

/**
 * Gives an episode stripped of some of its content the key of the whole episode, so that a reveal
 * of it still opens it: a library summary keeps each episode's title but not its synopsis.
 */
export function withEpisodeRevealKey(episode: Episode, key: string): Episode {
  episodeKeys.set(episode, key);
  return episode;
}

export function noteRevealKey(noteId: string): string {
  return `entry:${noteId}`;
}

export interface RevealTarget {
  readonly kind: 'entry' | 'episode';
  /** The entry id or episode code. */
  readonly id: string;
  /** False for a key written before fingerprints, and for a note's. */
  readonly pinned: boolean;
}

const KEY_PATTERN = /^(entry|episode)(#[0-9a-z]+)?:(.+)$/s;

export function revealTarget(revealKey: string): RevealTarget | null {
  const match = KEY_PATTERN.exec(revealKey);
  if (!match) return null;
  return {
    kind: match[1] === 'entry' ? 'entry' : 'episode',
    id: match[3] ?? '',
    pinned: match[2] !== undefined,
  };
}

/**
 * A key from before fingerprints, pinned to the content its show holds now; any other key, or
 * one whose item the show does not hold (a note's, say), unchanged.
 */
function pinLegacyRevealKey(
  revealKey: string,
  entriesById: ReadonlyMap<string, Entry>,
  episodesByCode: ReadonlyMap<string, Episode>,
): string {
  const target = revealTarget(revealKey);
  if (!target || target.pinned) return revealKey;
  if (target.kind === 'entry') {
    const entry = entriesById.get(target.id);
    return entry ? entryRevealKey(entry) : revealKey;
  }
  const episode = episodesByCode.get(target.id);
  return episode ? episodeRevealKey(episode) : revealKey;
}

/** Pins every legacy key of one show to that show's content. */
export function pinLegacyRevealKeys(
  revealKeys: readonly string[],
  entries: readonly Entry[],
  episodes: readonly Episode[],
): string[] {
  const entriesById = new Map(entries.map((entry) => [entry.id, entry]));
  const episodesByCode = new Map(episodes.map((episode) => [episode.code, episode]));
  return revealKeys.map((key) => pinLegacyRevealKey(key, entriesById, episodesByCode));
}

/**
 * Reveal keys written while an episode code could take several forms ("S01E01"), as they read
 * once codes take one: an episode's key ends in its code, and an entry's fingerprint covers its
 * `spoils`. `entriesAsWritten` are the show's entries with their codes as they were. Only keys
 * that change are in the map, old key to new.
 */
export function revealKeysInOneForm(
  revealKeys: Iterable<string>,
  entriesAsWritten: readonly Entry[],
): Map<string, string> {
  const renamed = new Map<string, string>();
  const entryIds = new Set<string>();
  for (const key of revealKeys) {
    const target = revealTarget(key);
    if (target?.kind === 'entry') entryIds.add(target.id);
    if (target?.kind !== 'episode') continue;
    const code = inOneForm(target.id);
    if (code !== target.id) renamed.set(key, key.slice(0, key.length - target.id.length) + code);
  }
  for (const entry of entriesAsWritten) {
    if (!entryIds.has(entry.id)) continue;
    const inOne = entryCodesInOneForm(entry);
    if (inOne !== entry) renamed.set(entryRevealKey(entry), entryRevealKey(inOne));
  }
  return renamed;
}

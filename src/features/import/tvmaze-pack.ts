import * as v from 'valibot';
import { episodeCode } from '../../domain/episode-code';
import { isolated } from '../../domain/isolated';
import type { Character, Episode, Pack } from '../../domain/pack';
import { formatIssue, validatePack, type PackResult } from '../../domain/parse-pack';
import {
  tvmazeSearchResultSchema,
  tvmazeShowWithEmbedsSchema,
  type TvmazeEpisode,
  type TvmazeShow,
} from './tvmaze-schema';
import { htmlToPlainText, tvmazeName } from './tvmaze-text';

/**
 * Turns TVmaze's answers into a recap pack. Episodes keep TVmaze's airing order, specials become
 * season 0 (S0E1, S0E2, … in the order they aired), the main cast become characters, and the pack
 * holds no entries. TVmaze does not say in which episode a character first appears, so every
 * character is treated as known from the premise (introducedIn null).
 */

const SHOW_ID_PREFIX = 'tvmaze-';
const MAX_SLUG_LENGTH = 64;

function slugOf(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "tvmaze-12345-ballard": the show id a TVmaze import gets, stable across refreshes. */
export function tvmazePackShowId(tvmazeId: number, name: string): string {
  const base = `${SHOW_ID_PREFIX}${tvmazeId}`;
  const words = slugOf(name);
  if (words === '') return base;
  return `${base}-${words}`.slice(0, MAX_SLUG_LENGTH).replace(/-+$/, '');
}

/** The TVmaze id inside a show id made by tvmazePackShowId, or null for any other show. */
export function tvmazeIdOf(showId: string): number | null {
  const match = /^tvmaze-(\d{1,12})(?:-|$)/.exec(showId);
  return match?.[1] ? Number(match[1]) : null;
}

function isoDateOrNull(value: string | null): string | null {
  return value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

function isSpecial(episode: TvmazeEpisode): boolean {
  return episode.number === null || episode.type.includes('special');
}

function packEpisodes(episodes: readonly TvmazeEpisode[]): Episode[] {
  const codeOf = (episode: TvmazeEpisode) => episodeCode(episode.season, episode.number ?? 0);
  const taken = new Set(episodes.filter((e) => !isSpecial(e)).map(codeOf));
  let specialNumber = 0;
  const nextSpecialCode = () => {
    let code: string;
    do code = episodeCode(0, ++specialNumber);
    while (taken.has(code));
    return code;
  };
  return episodes.map((episode) => ({
    code: isSpecial(episode) ? nextSpecialCode() : codeOf(episode),
    title: tvmazeName(episode.name, 300),
    airDate: isoDateOrNull(episode.airdate),
    runtime:
      episode.runtime !== null && Number.isFinite(episode.runtime) && episode.runtime >= 0
        ? Math.round(episode.runtime)
        : null,
    synopsis: htmlToPlainText(episode.summary, 10_000),
  }));
}

function packCharacters(
  cast: readonly { person: { name: string }; character: { id: number | null; name: string } }[],
): Character[] {
  const taken = new Set<string>();
  const characters: Character[] = [];
  for (const { person, character } of cast) {
    const name = tvmazeName(character.name, 200);
    if (name === null) continue;
    const base =
      slugOf(name).slice(0, 50).replace(/-+$/, '') ||
      `character-${character.id ?? characters.length + 1}`;
    let id = base;
    for (let suffix = 2; taken.has(id); suffix++) id = `${base}-${suffix}`;
    taken.add(id);
    characters.push({ id, name, actor: tvmazeName(person.name, 200), introducedIn: null });
  }
  return characters;
}

function refused(...problems: string[]): PackResult {
  return { ok: false, problems };
}

/** Reads TVmaze's show-with-episodes-and-cast answer as a validated recap pack. */
export function packFromTvmaze(data: unknown): PackResult {
  const parsed = v.safeParse(tvmazeShowWithEmbedsSchema, data);
  if (!parsed.success) {
    return refused(
      ...parsed.issues
        .slice(0, 10)
        .map((issue) => `TVmaze sent a show this app cannot read: ${formatIssue(issue)}`),
    );
  }
  const show = parsed.output;
  const title = tvmazeName(show.name, 200);
  if (title === null) return refused('TVmaze sent a show without a name (name is empty).');
  if (show._embedded.episodes.length === 0) {
    return refused(
      `TVmaze lists no episodes of “${isolated(title)}” yet, so there is nothing to track.`,
    );
  }
  const pack: Pack = {
    show: {
      id: tvmazePackShowId(show.id, title),
      title,
      network: tvmazeName(show.network?.name ?? show.webChannel?.name, 200),
      premiered: isoDateOrNull(show.premiered),
      summary: htmlToPlainText(show.summary, 5_000),
    },
    episodes: packEpisodes(show._embedded.episodes),
    characters: packCharacters(show._embedded.cast),
    entries: [],
  };
  const validated = validatePack({ format: 'previously-pack', version: 1, ...pack });
  return validated.ok
    ? validated
    : refused(
        ...validated.problems.map(
          (problem) => `TVmaze's data for “${isolated(title)}” breaks a rule: ${problem}`,
        ),
      );
}

export interface SearchResult {
  tvmazeId: number;
  name: string;
  premiered: string | null;
  network: string | null;
  summary: string | null;
}

export interface SearchResults {
  results: SearchResult[];
  /** One sentence per result that could not be read and is left out. */
  skipped: string[];
}

function searchResult(show: TvmazeShow): SearchResult | null {
  const name = tvmazeName(show.name, 200);
  if (name === null) return null;
  return {
    tvmazeId: show.id,
    name,
    premiered: isoDateOrNull(show.premiered),
    network: tvmazeName(show.network?.name ?? show.webChannel?.name, 200),
    summary: htmlToPlainText(show.summary, 400),
  };
}

/** Reads TVmaze's search answer; results it cannot read are left out and listed in `skipped`. */
export function searchResultsFromTvmaze(data: unknown): SearchResults | { problem: string } {
  if (!Array.isArray(data)) {
    return { problem: 'TVmaze sent a search answer this app cannot read (expected a list).' };
  }
  const results: SearchResult[] = [];
  const skipped: string[] = [];
  data.forEach((item: unknown, index) => {
    const parsed = v.safeParse(tvmazeSearchResultSchema, item);
    const result = parsed.success ? searchResult(parsed.output.show) : null;
    if (result) results.push(result);
    else {
      const reason = parsed.success
        ? 'show.name is empty'
        : parsed.issues.slice(0, 1).map(formatIssue).join('');
      skipped.push(`Result ${index + 1} could not be read and is left out (${reason}).`);
    }
  });
  return { results, skipped };
}

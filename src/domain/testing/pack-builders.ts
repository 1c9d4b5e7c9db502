import type { Character, Entry, Episode, Pack } from '../pack';

/** Small builders for domain tests; every field a test does not name gets a neutral value. */

export function episode(code: string, overrides: Partial<Episode> = {}): Episode {
  return { code, title: null, airDate: null, runtime: null, synopsis: null, ...overrides };
}

export function character(
  id: string,
  introducedIn: string | null,
  overrides: Partial<Character> = {},
): Character {
  return { id, name: id, actor: null, introducedIn, ...overrides };
}

export function entry(id: string, spoils: string | null, overrides: Partial<Entry> = {}): Entry {
  return {
    id,
    kind: 'reveal',
    spoils,
    title: `title of ${id}`,
    body: `body of ${id}`,
    characters: [],
    keywords: [],
    date: null,
    source: null,
    ...overrides,
  };
}

export function pack(parts: Partial<Pack> & Pick<Pack, 'episodes'>): Pack {
  return {
    show: { id: 'test-show', title: 'Test Show', network: null, premiered: null, summary: null },
    characters: [],
    entries: [],
    ...parts,
  };
}

export function seasonCodes(season: number, count: number): string[] {
  return Array.from({ length: count }, (_, index) => `S${season}E${index + 1}`);
}

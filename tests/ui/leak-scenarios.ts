import fc from 'fast-check';
import type { UpcomingTitles } from '../../src/domain/gate';
import type { Character, Entry, EntryKind, Episode, Pack } from '../../src/domain/pack';
import type { UpcomingByDistance, UpcomingDetail } from '../../src/domain/show-rules';
import type { StoredNote } from '../../src/storage/database';

/**
 * Generated shows for the leak properties over real pages: specials between regular episodes,
 * characters who arrive late, entry ids that spell another item's title, titles that repeat
 * across episodes and across entries, air dates, the user's notes, progress, reveals, the title
 * setting and the show's own rules: strict mode, rules by distance, and whom the user met.
 *
 * Every secret is a token of its own: two letters from q–z naming what it is, then three digits
 * from a–p, each written five times ("tw" + "aaaaabbbbbccccc"). A token holds no other token,
 * and any two differ in at least five letters, beyond the two or three that search's fuzzy
 * matching forgives, so finding one on a page can only mean that very secret is there.
 */

export interface LeakScenario {
  readonly pack: Pack;
  readonly notes: readonly StoredNote[];
  readonly watched: readonly string[];
  /** Ids of entries the user revealed on purpose. */
  readonly revealedEntryIds: readonly string[];
  /** Codes of episodes whose title and synopsis the user revealed on purpose. */
  readonly revealedEpisodeCodes: readonly string[];
  readonly upcomingTitles: UpcomingTitles;
  /** The show's strict mode (issue 10, item 3). */
  readonly strict: boolean;
  /** The show's own rules by distance (issue 10, item 4); null, the title setting applies. */
  readonly upcoming: UpcomingByDistance | null;
  /** Ids of characters the user said they met: strict mode waits for this when no cast member has a first episode. */
  readonly metIds: readonly string[];
  /** Picks the episode page visited besides those with something written about them. */
  readonly episodePick: number;
  /** Picks the words typed into the header's search box, among the candidates a test finds. */
  readonly searchPick: number;
}

export const SHOW_ID = 'leaky';
export const SHOW_TITLE = 'Leaky Harbour';
/** An episode code the show does not list: what it opens at never opens. */
export const UNLISTED_CODE = 'S9E9';

const TOKEN_KINDS = {
  episodeTitle: 'tw',
  synopsis: 'sw',
  entryTitle: 'tx',
  entryBody: 'ux',
  entryId: 'rx',
  keyword: 'vx',
  source: 'qx',
  noteTitle: 'ty',
  noteBody: 'uy',
  noteId: 'ry',
  name: 'wz',
  actor: 'vz',
  characterId: 'rz',
} as const;

type TokenKind = keyof typeof TOKEN_KINDS;

function tokenMaker() {
  let next = 0;
  return (kind: TokenKind) => {
    const digits = [next >> 8, (next >> 4) & 15, next & 15];
    next += 1;
    return TOKEN_KINDS[kind] + digits.map((d) => String.fromCharCode(97 + d).repeat(5)).join('');
  };
}

/** A title of its own, none, or the title of an earlier one (`of` picks which). */
const titleChoice = fc.record({
  as: fc.constantFrom('own', 'own', 'none', 'repeat'),
  of: fc.nat(),
});

const KINDS: EntryKind[] = ['recap', 'reveal', 'fact', 'news'];

const detail = fc.constantFrom<UpcomingDetail>('hidden', 'title', 'title-and-synopsis');
const upcomingRules = fc.option(fc.record({ next: detail, season: detail, later: detail }), {
  freq: 2,
});

const shape = fc.record({
  seasons: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 2 }),
  specialsAt: fc.array(fc.nat(), { maxLength: 2 }),
  characterCount: fc.integer({ min: 0, max: 4 }),
  entryCount: fc.integer({ min: 1, max: 12 }),
  noteCount: fc.integer({ min: 0, max: 3 }),
});

/** Regular codes in order, with each special placed between two regular episodes. */
function canonicalCodes(seasons: readonly number[], specialsAt: readonly number[]): string[] {
  const codes = seasons.flatMap((count, season) =>
    Array.from({ length: count }, (_, i) => `S${season + 1}E${i + 1}`),
  );
  specialsAt.forEach((at, i) => {
    const slot = codes.length < 2 ? codes.length : 1 + (at % (codes.length - 1));
    codes.splice(slot, 0, `S0E${i + 1}`);
  });
  return codes;
}

export const leakScenario: fc.Arbitrary<LeakScenario> = shape
  .chain(({ seasons, specialsAt, characterCount, entryCount, noteCount }) => {
    const codes = canonicalCodes(seasons, specialsAt);
    const code = fc.constantFrom(...codes);
    // Mostly a listed episode, sometimes none, now and then one the show does not list.
    const spoils = fc.oneof(
      { weight: 6, arbitrary: code },
      { weight: 2, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.constant(UNLISTED_CODE) },
    );
    const fixed = <T>(arbitrary: fc.Arbitrary<T>, length: number) =>
      fc.array(arbitrary, { minLength: length, maxLength: length });
    return fc.record({
      codes: fc.constant(codes),
      episodes: fixed(
        fc.record({
          title: titleChoice,
          synopsis: fc.boolean(),
          // A day in March 1987: no other date of the show (news is 2024) can be mistaken for it.
          airDay: fc.option(fc.integer({ min: 1, max: 31 }), { freq: 3 }),
        }),
        codes.length,
      ),
      characters: fixed(
        fc.record({
          // Late more often than not: introduced at an episode after the first.
          introducedIn: fc.option(code, { freq: 4 }),
          actor: fc.boolean(),
        }),
        characterCount,
      ),
      entries: fixed(
        fc.record({
          kind: fc.constantFrom(...KINDS),
          spoils,
          title: titleChoice,
          // Which secret the id spells: the title of an episode or entry (or one of its own).
          idSpells: fc.nat(),
          about: fc.array(fc.nat(), { maxLength: 2 }),
          date: fc.option(fc.integer({ min: 1, max: 28 })),
          source: fc.boolean(),
        }),
        entryCount,
      ),
      notes: fixed(fc.option(code, { freq: 3 }), noteCount),
      watched: fc.subarray(codes),
      revealedEntries: fc.subarray(Array.from({ length: entryCount }, (_, i) => i)),
      revealedEpisodeCodes: fc.subarray(codes),
      upcomingTitles: fc.constantFrom<UpcomingTitles>('next', 'all', 'none'),
      strict: fc.boolean(),
      upcoming: upcomingRules,
      met: fc.subarray(Array.from({ length: characterCount }, (_, i) => i)),
      episodePick: fc.nat(),
      searchPick: fc.nat(),
    });
  })
  .map((parts): LeakScenario => {
    const token = tokenMaker();
    const episodeTitles: string[] = [];
    const episodes = parts.codes.map((code, i): Episode => {
      const choice = parts.episodes[i]!;
      const title =
        choice.title.as === 'own' || (choice.title.as === 'repeat' && episodeTitles.length === 0)
          ? token('episodeTitle')
          : choice.title.as === 'repeat'
            ? episodeTitles[choice.title.of % episodeTitles.length]!
            : null;
      if (title !== null) episodeTitles.push(title);
      return {
        code,
        title,
        airDate:
          choice.airDay === null ? null : `1987-03-${String(choice.airDay).padStart(2, '0')}`,
        runtime: null,
        synopsis: choice.synopsis ? token('synopsis') : null,
      };
    });
    const characters = parts.characters.map((choice): Character => ({
      id: token('characterId'),
      name: token('name'),
      actor: choice.actor ? token('actor') : null,
      introducedIn: choice.introducedIn,
    }));
    const entryTitles: string[] = [];
    const entries = parts.entries.map((choice, i): Entry => {
      const about = [...new Set(choice.about.map((n) => characters[n % characters.length]?.id))]
        .filter((id) => id !== undefined)
        .slice(0, characters.length);
      // A fact is about someone; with no one to be about, it is a reveal.
      const kind = choice.kind === 'fact' && about.length === 0 ? 'reveal' : choice.kind;
      const title =
        choice.title.as === 'none'
          ? null
          : choice.title.as === 'repeat' && entryTitles.length > 0
            ? entryTitles[choice.title.of % entryTitles.length]!
            : token('entryTitle');
      if (title !== null) entryTitles.push(title);
      const spelled = [...episodeTitles, ...entryTitles];
      const borrowed = spelled[choice.idSpells % Math.max(spelled.length, 1)];
      return {
        id: [borrowed, token('entryId'), String(i)].filter(Boolean).join('-'),
        kind,
        spoils: choice.spoils,
        title,
        body: token('entryBody'),
        characters: about,
        keywords: [token('keyword')],
        date:
          kind === 'news' && choice.date !== null
            ? `2024-02-${String(choice.date).padStart(2, '0')}`
            : null,
        source: kind === 'news' && choice.source ? token('source') : null,
      };
    });
    const notes = parts.notes.map((spoils, i): StoredNote => ({
      id: token('noteId'),
      kind: 'note',
      spoils,
      title: token('noteTitle'),
      body: token('noteBody'),
      characters: [],
      keywords: [],
      date: null,
      source: null,
      showId: SHOW_ID,
      updatedAt: i,
    }));
    return {
      pack: {
        show: { id: SHOW_ID, title: SHOW_TITLE, network: null, premiered: null, summary: null },
        episodes,
        characters,
        entries,
      },
      notes,
      watched: parts.watched,
      revealedEntryIds: parts.revealedEntries.map((i) => entries[i]!.id),
      revealedEpisodeCodes: parts.revealedEpisodeCodes,
      upcomingTitles: parts.upcomingTitles,
      strict: parts.strict,
      upcoming: parts.upcoming,
      metIds: parts.met.map((i) => characters[i]!.id),
      episodePick: parts.episodePick,
      searchPick: parts.searchPick,
    };
  });

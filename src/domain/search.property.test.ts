import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  entryVisibility,
  isCharacterPresent,
  isEpisodeTitleVisible,
  isItemVisible,
  isSynopsisVisible,
  type UpcomingTitles,
} from './gate';
import type { Entry, Pack } from './pack';
import { searchDocuments } from './pages/search-documents';
import { noteRevealKey } from './reveal-keys';
import { packArbitrary, withProgress } from './testing/pack-arbitraries';
import { entry } from './testing/pack-builders';
import { packShowState } from './testing/pack-show-state';
import { readyGate } from './testing/ready-gate';
import { searchPack } from './testing/search-pack';

/** Every text a pack holds, visible or not: the queries most likely to find a leak. */
function textsOf(subject: Pack): string[] {
  return [
    ...subject.entries.flatMap((e) => [e.id, e.title ?? '', e.body, ...e.keywords]),
    ...subject.characters.flatMap((c) => [c.name, c.actor ?? '']),
    ...subject.episodes.flatMap((e) => [e.title ?? '', e.synopsis ?? '']),
  ].filter((text) => text !== '');
}

/** Whole secrets, pieces of them, two of them at once, their case changed, or anything at all. */
function queryArbitrary(subject: Pack) {
  const texts = ['Secret', 'secretentry', 'x', 'SECRETNAME', 'title-s1', ...textsOf(subject)];
  const text = fc.constantFrom(...texts);
  return fc.oneof(
    text,
    text.chain((t) =>
      fc
        .tuple(fc.nat({ max: t.length }), fc.nat({ max: t.length }))
        .map(([a, b]) => t.slice(Math.min(a, b), Math.max(a, b) + 1)),
    ),
    fc.tuple(text, text).map(([a, b]) => `${a} ${b.toUpperCase()}`),
    fc.string({ maxLength: 6 }),
  );
}

const withQuery = withProgress.chain((state) =>
  queryArbitrary(state.subject).map((query) => ({ ...state, query })),
);

interface Case {
  readonly subject: Pack;
  readonly watched: string[];
  readonly revealed: string[];
  readonly upcomingTitles: UpcomingTitles;
  readonly query: string;
}

const gateOf = ({ subject, watched, revealed, upcomingTitles }: Case) =>
  readyGate(subject.episodes, watched, revealed, upcomingTitles);

const search = (c: Case, subject: Pack = c.subject, query = c.query) =>
  searchPack(subject, c, query);

/** The spec's rule: a note's reveal is its own id; any other entry's is its content's. */
function isVisible(c: Case, e: Entry): boolean {
  const gate = gateOf(c);
  if (e.kind === 'note') return isItemVisible(gate, e.spoils, noteRevealKey(e.id));
  return entryVisibility(gate, e) !== 'covered';
}

/** The same pack with everything the gate covers taken out: covered entries, absent characters. */
function withoutCovered(c: Case): Pack {
  const gate = gateOf(c);
  return {
    ...c.subject,
    entries: c.subject.entries.filter((e) => isVisible(c, e)),
    characters: c.subject.characters.filter((ch) => isCharacterPresent(gate, ch.introducedIn)),
  };
}

/** The same pack with every hidden text replaced by `text`. */
function withHiddenText(c: Case, text: string): Pack {
  const gate = gateOf(c);
  return {
    ...c.subject,
    episodes: c.subject.episodes.map((e) => ({
      ...e,
      title: isEpisodeTitleVisible(gate, e.code) ? e.title : text,
      synopsis: isSynopsisVisible(gate, e.code) ? e.synopsis : text,
    })),
    characters: c.subject.characters.map((ch) =>
      isCharacterPresent(gate, ch.introducedIn) ? ch : { ...ch, name: text, actor: text },
    ),
    entries: c.subject.entries.map((e) =>
      isVisible(c, e) ? e : { ...e, title: text, body: text, keywords: [text] },
    ),
  };
}

/** Words one letter away from `word`, one letter longer, or starting with it: what fuzzy and prefix matching reach. */
function neighboursOf(word: string) {
  const letter = fc.constantFrom(...'aeiosxz');
  return fc.oneof(
    fc.constant(word),
    fc
      .tuple(fc.nat({ max: word.length }), letter)
      .map(([at, l]) => word.slice(0, at) + l + word.slice(at + 1)),
    fc
      .tuple(fc.nat({ max: word.length }), letter)
      .map(([at, l]) => word.slice(0, at) + l + word.slice(at)),
    fc
      .nat({ max: Math.max(word.length - 1, 0) })
      .map((at) => word.slice(0, at) + word.slice(at + 1)),
    fc.string({ minLength: 1, maxLength: 4 }).map((tail) => word + tail),
    fc.string({ minLength: 1, maxLength: 8 }),
  );
}

/**
 * Entries no progress or reveal of the case opens: tied to an episode the show does not list, or
 * to one after the horizon, each full of words near the query.
 */
function coveredAdditions(c: Case) {
  const gate = gateOf(c);
  const later = gate.order.codes.slice(gate.horizon + 1);
  const words = c.query.split(/\s+/).filter(Boolean);
  const text = fc
    .array(words.length > 0 ? fc.constantFrom(...words).chain(neighboursOf) : fc.string(), {
      minLength: 1,
      maxLength: 6,
    })
    .map((parts) => parts.join(' '));
  return fc.array(
    fc.record({
      kind: fc.constantFrom('recap', 'reveal', 'fact', 'news', 'note' as const),
      spoils: fc.constantFrom('S99E1', ...later),
      title: text,
      body: text,
    }),
    { minLength: 1, maxLength: 5 },
  );
}

describe('search, for any pack, progress and query', () => {
  it('finds no covered entry, absent character, hidden title or covered synopsis', () => {
    fc.assert(
      fc.property(withQuery, (c) => {
        const gate = gateOf(c);
        const found = JSON.stringify(search(c));
        for (const e of c.subject.entries) {
          if (isVisible(c, e)) continue;
          for (const secret of [e.id, e.title ?? '', e.body, ...e.keywords]) {
            expect(found).not.toContain(secret);
          }
        }
        for (const ch of c.subject.characters) {
          if (isCharacterPresent(gate, ch.introducedIn)) continue;
          expect(found).not.toContain(ch.name);
          expect(found).not.toContain(ch.actor);
        }
        for (const e of c.subject.episodes) {
          if (!isEpisodeTitleVisible(gate, e.code))
            expect(found).not.toMatch(new RegExp(`SecretTitle-${e.code}(?!\\d)`));
          if (!isSynopsisVisible(gate, e.code))
            expect(found).not.toMatch(new RegExp(`SecretSynopsis-${e.code}(?!\\d)`));
        }
      }),
    );
  });

  it('gives the same results, count and order whether or not covered things exist at all', () => {
    fc.assert(
      fc.property(withQuery, (c) => {
        expect(search(c)).toEqual(search(c, withoutCovered(c)));
      }),
    );
  });

  it('gives the same results, count and order when every hidden text is the query itself', () => {
    fc.assert(
      fc.property(withQuery, (c) => {
        expect(search(c, withHiddenText(c, c.query))).toEqual(search(c));
      }),
    );
  });

  it('gives the same results, count, order and fuzzy matches when covered entries full of near words are added', () => {
    fc.assert(
      fc.property(
        withQuery.chain((c) => coveredAdditions(c).map((additions) => ({ c, additions }))),
        ({ c, additions }) => {
          const added = additions.map((a, i) =>
            entry(`added-${i}`, a.spoils, { ...a, characters: [] }),
          );
          const grown = { ...c.subject, entries: [...c.subject.entries, ...added] };
          expect(search(c, grown)).toEqual(search(c));
        },
      ),
    );
  });

  it('holds nothing to search while progress loads', () => {
    fc.assert(
      fc.property(packArbitrary, (subject) => {
        const state = { ...packShowState(subject), progressLoaded: false };
        expect(searchDocuments(state)).toEqual({ status: 'loading' });
      }),
    );
  });
});

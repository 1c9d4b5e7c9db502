import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  entryVisibility,
  isCharacterPresent,
  isEpisodeTitleVisible,
  isSynopsisVisible,
  LOADING_GATE,
  type Gate,
} from './gate';
import type { Pack } from './pack';
import { searchIndex, searchShow, type SearchOutcome } from './search';
import { packArbitrary, withProgress } from './testing/pack-arbitraries';
import { readyGate } from './testing/ready-gate';
import { searchableViews } from './testing/searchable-views';

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

function search(gate: Gate, subject: Pack, query: string): SearchOutcome {
  return searchShow(searchIndex(searchableViews(gate, subject)), query);
}

function isEntryVisible(gate: Gate, entry: Pack['entries'][number]): boolean {
  return entryVisibility(gate, entry) !== 'covered';
}

/** The same pack with everything the gate covers taken out: covered entries, absent characters. */
function withoutCovered(gate: Gate, subject: Pack): Pack {
  return {
    ...subject,
    entries: subject.entries.filter((e) => isEntryVisible(gate, e)),
    characters: subject.characters.filter((c) => isCharacterPresent(gate, c.introducedIn)),
  };
}

/** The same pack with every hidden text replaced by `text`. */
function withHiddenText(gate: Gate, subject: Pack, text: string): Pack {
  return {
    ...subject,
    episodes: subject.episodes.map((e) => ({
      ...e,
      title: isEpisodeTitleVisible(gate, e.code) ? e.title : text,
      synopsis: isSynopsisVisible(gate, e.code) ? e.synopsis : text,
    })),
    characters: subject.characters.map((c) =>
      isCharacterPresent(gate, c.introducedIn) ? c : { ...c, name: text, actor: text },
    ),
    entries: subject.entries.map((e) =>
      isEntryVisible(gate, e) ? e : { ...e, title: text, body: text, keywords: [text] },
    ),
  };
}

describe('search, for any pack, progress and query', () => {
  it('finds no covered entry, absent character, hidden title or covered synopsis', () => {
    fc.assert(
      fc.property(withQuery, ({ subject, watched, revealed, upcomingTitles, query }) => {
        const gate = readyGate(subject.episodes, watched, revealed, upcomingTitles);
        const found = JSON.stringify(search(gate, subject, query));
        for (const e of subject.entries) {
          if (isEntryVisible(gate, e)) continue;
          for (const secret of [e.id, e.title ?? '', e.body, ...e.keywords]) {
            expect(found).not.toContain(secret);
          }
        }
        for (const c of subject.characters) {
          if (isCharacterPresent(gate, c.introducedIn)) continue;
          expect(found).not.toContain(c.name);
          expect(found).not.toContain(c.actor);
        }
        for (const e of subject.episodes) {
          if (!isEpisodeTitleVisible(gate, e.code))
            expect(found).not.toMatch(new RegExp(`SecretTitle-${e.code}(?!\\d)`));
          if (!isSynopsisVisible(gate, e.code))
            expect(found).not.toMatch(new RegExp(`SecretSynopsis-${e.code}(?!\\d)`));
        }
      }),
    );
  });

  it('gives the same results and count whether or not covered things exist at all', () => {
    fc.assert(
      fc.property(withQuery, ({ subject, watched, revealed, upcomingTitles, query }) => {
        const gate = readyGate(subject.episodes, watched, revealed, upcomingTitles);
        expect(search(gate, subject, query)).toEqual(
          search(gate, withoutCovered(gate, subject), query),
        );
      }),
    );
  });

  it('gives the same results and count when every hidden text is the query itself', () => {
    fc.assert(
      fc.property(withQuery, ({ subject, watched, revealed, upcomingTitles, query }) => {
        const gate = readyGate(subject.episodes, watched, revealed, upcomingTitles);
        expect(search(gate, withHiddenText(gate, subject, query), query)).toEqual(
          search(gate, subject, query),
        );
      }),
    );
  });

  it('finds nothing while progress loads', () => {
    fc.assert(
      fc.property(
        packArbitrary.chain((subject) =>
          queryArbitrary(subject).map((query) => ({ subject, query })),
        ),
        ({ subject, query }) => {
          expect(search(LOADING_GATE, subject, query)).toEqual({ count: 0, results: [] });
        },
      ),
    );
  });
});

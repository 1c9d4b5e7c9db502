import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codesThrough, episodeOrder } from './episode-order';
import {
  entryRevealKey,
  episodeRevealKey,
  isItemVisible,
  LOADING_GATE,
  type Gate,
  type UpcomingTitles,
} from './gate';
import type { Entry, EntryKind, Pack } from './pack';
import { entry, episode, pack } from './testing/pack-builders';
import { readyGate } from './testing/ready-gate';
import {
  characterFactViews,
  documentTitle,
  entryViews,
  episodeRow,
  newsEntries,
  presentCharacters,
  showProgressSummary,
} from './views';

/** A pack whose every secret is a unique token, so finding one in a view can only mean a leak. */
const packArbitrary = fc
  .record({
    seasons: fc.array(fc.integer({ min: 1, max: 8 }), { minLength: 1, maxLength: 3 }),
    specials: fc.integer({ min: 0, max: 2 }),
    characterCount: fc.integer({ min: 0, max: 5 }),
    entryCount: fc.integer({ min: 0, max: 12 }),
  })
  .chain(({ seasons, specials, characterCount, entryCount }) => {
    const codes = [
      ...seasons.flatMap((count, season) =>
        Array.from({ length: count }, (_, i) => `S${season + 1}E${i + 1}`),
      ),
      ...Array.from({ length: specials }, (_, i) => `S0E${i + 1}`),
    ];
    const spoils = fc.option(fc.oneof(fc.constantFrom(...codes), fc.constant('S99E1')), {
      freq: 4,
    });
    const kinds: EntryKind[] = ['recap', 'reveal', 'fact', 'news', 'note'];
    return fc.record({
      order: fc.shuffledSubarray(codes, { minLength: codes.length, maxLength: codes.length }),
      introducedIn: fc.array(spoils, { minLength: characterCount, maxLength: characterCount }),
      entries: fc.array(fc.record({ kind: fc.constantFrom(...kinds), spoils, about: fc.nat() }), {
        minLength: entryCount,
        maxLength: entryCount,
      }),
    });
  })
  .map(({ order, introducedIn, entries }): Pack => {
    const characters = introducedIn.map((code, i) => ({
      id: `character-${i}`,
      name: `SecretName${i}x`,
      actor: `SecretActor${i}x`,
      introducedIn: code,
    }));
    return pack({
      episodes: order.map((code) =>
        episode(code, { title: `SecretTitle-${code}`, synopsis: `SecretSynopsis-${code}` }),
      ),
      characters,
      entries: entries.map(({ kind, spoils, about }, i): Entry => {
        const subject = characters.length > 0 ? [`character-${about % characters.length}`] : [];
        return entry(`secret-id-${i}x`, spoils, {
          kind: kind === 'fact' && subject.length === 0 ? 'reveal' : kind,
          title: `SecretEntryTitle${i}x`,
          body: `SecretEntryBody${i}x`,
          characters: subject,
          keywords: [`SecretKeyword${i}x`],
        });
      }),
    });
  });

const progressArbitrary = (subject: Pack) =>
  fc.record({
    watched: fc.subarray(subject.episodes.map((e) => e.code)),
    revealed: fc.subarray([
      ...subject.entries.map((e) => entryRevealKey(e.id)),
      ...subject.episodes.map((e) => episodeRevealKey(e.code)),
    ]),
    upcomingTitles: fc.constantFrom<UpcomingTitles>('next', 'all', 'none'),
  });

/** Everything any surface is given for one gate, as one string. */
function everythingRendered(gate: Gate, subject: Pack, watched: ReadonlySet<string>): string {
  const rows = subject.episodes.map((e) => episodeRow(gate, e, watched));
  const characters = presentCharacters(gate, subject.characters);
  return JSON.stringify({
    entries: entryViews(gate, subject.entries),
    news: entryViews(gate, newsEntries(subject.entries)),
    rows,
    characters,
    facts: characters.map((c) => characterFactViews(gate, subject.entries, c.id)),
    summary: showProgressSummary(gate, subject.episodes, watched),
    titles: rows.map((row) => documentTitle(row.code, row.label, subject.show.title)),
  });
}

function visibleThings(gate: Gate, subject: Pack, watched: ReadonlySet<string>): Set<string> {
  const things = new Set<string>();
  for (const view of entryViews(gate, subject.entries))
    if (view.state === 'visible') things.add(view.entry.id);
  for (const e of subject.episodes) {
    const row = episodeRow(gate, e, watched);
    if (row.titleShown) things.add(`title:${e.code}`);
    if (!row.synopsisCovered) things.add(`synopsis:${e.code}`);
  }
  for (const c of presentCharacters(gate, subject.characters)) things.add(c.id);
  return things;
}

const withProgress = packArbitrary.chain((subject) =>
  progressArbitrary(subject).map((progress) => ({ subject, ...progress })),
);

describe('the gate, for any pack and progress', () => {
  it('lets no covered entry title, body, id or keyword reach any view', () => {
    fc.assert(
      fc.property(withProgress, ({ subject, watched, revealed, upcomingTitles }) => {
        const gate = readyGate(subject.episodes, watched, revealed, upcomingTitles);
        const rendered = everythingRendered(gate, subject, new Set(watched));
        for (const e of subject.entries) {
          if (isItemVisible(gate, e.spoils, entryRevealKey(e.id))) continue;
          for (const secret of [e.id, e.title ?? '', e.body, ...e.keywords]) {
            expect(rendered).not.toContain(secret);
          }
        }
      }),
    );
  });

  it('lets no absent character, hidden title or covered synopsis reach any view', () => {
    fc.assert(
      fc.property(withProgress, ({ subject, watched, revealed, upcomingTitles }) => {
        const gate = readyGate(subject.episodes, watched, revealed, upcomingTitles);
        const rendered = everythingRendered(gate, subject, new Set(watched));
        const visible = visibleThings(gate, subject, new Set(watched));
        for (const c of subject.characters) {
          if (visible.has(c.id)) continue;
          expect(rendered).not.toContain(c.name);
          expect(rendered).not.toContain(c.actor);
        }
        for (const e of subject.episodes) {
          if (!visible.has(`title:${e.code}`))
            expect(rendered).not.toContain(`"SecretTitle-${e.code}"`);
          if (!visible.has(`synopsis:${e.code}`))
            expect(rendered).not.toContain(`"SecretSynopsis-${e.code}"`);
        }
      }),
    );
  });

  it('never covers something that was visible when an episode is marked watched', () => {
    fc.assert(
      fc.property(
        withProgress.chain((state) =>
          fc.record({
            state: fc.constant(state),
            marked: fc.constantFrom(...state.subject.episodes.map((e) => e.code)),
          }),
        ),
        fc.boolean(),
        ({ state: { subject, watched, revealed, upcomingTitles }, marked }, throughHere) => {
          const before = new Set(watched);
          const added = throughHere
            ? codesThrough(episodeOrder(subject.episodes), marked)
            : [marked];
          const after = new Set([...watched, ...added]);
          const visibleBefore = visibleThings(
            readyGate(subject.episodes, before, revealed, upcomingTitles),
            subject,
            before,
          );
          const visibleAfter = visibleThings(
            readyGate(subject.episodes, after, revealed, upcomingTitles),
            subject,
            after,
          );
          for (const thing of visibleBefore) expect(visibleAfter).toContain(thing);
        },
      ),
    );
  });

  it('agrees with the rule of the spec, computed independently', () => {
    fc.assert(
      fc.property(withProgress, ({ subject, watched, revealed, upcomingTitles }) => {
        const gate = readyGate(subject.episodes, watched, revealed, upcomingTitles);
        const codes = subject.episodes.map((e) => e.code);
        const furthest = Math.max(-1, ...watched.map((code) => codes.indexOf(code)));
        for (const e of subject.entries) {
          const opensAt = e.spoils === null ? -1 : codes.indexOf(e.spoils);
          const expected =
            e.spoils === null ||
            (opensAt !== -1 && opensAt <= furthest) ||
            revealed.includes(entryRevealKey(e.id));
          expect(isItemVisible(gate, e.spoils, entryRevealKey(e.id))).toBe(expected);
        }
      }),
    );
  });

  it('covers everything while progress loads', () => {
    fc.assert(
      fc.property(packArbitrary, (subject) => {
        const rendered = everythingRendered(LOADING_GATE, subject, new Set());
        for (const e of subject.entries) expect(rendered).not.toContain(e.body);
        for (const c of subject.characters) expect(rendered).not.toContain(c.name);
        expect(rendered).not.toContain('SecretTitle');
      }),
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codesThrough, episodeOrder } from './episode-order';
import { entryVisibility, LOADING_GATE, type Gate } from './gate';
import { entryRevealKey } from './reveal-keys';
import type { Pack } from './pack';
import { packArbitrary, withProgress } from './testing/pack-arbitraries';
import { readyGate } from './testing/ready-gate';
import {
  factsByCharacter,
  entryViews,
  episodeRow,
  newsEntries,
  presentCharacters,
  showProgressSummary,
} from './views';
import { documentTitle } from './document-title';

/** Everything any surface is given for one gate, as one string. */
function everythingRendered(gate: Gate, subject: Pack, watched: ReadonlySet<string>): string {
  const rows = subject.episodes.map((e) => episodeRow(gate, e, watched));
  const characters = presentCharacters(gate, subject.characters);
  return JSON.stringify({
    entries: entryViews(gate, subject.entries),
    news: entryViews(gate, newsEntries(subject.entries)),
    rows,
    characters,
    facts: characters.map((c) =>
      entryViews(gate, factsByCharacter(subject.entries).get(c.id) ?? []),
    ),
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

describe('the gate, for any pack and progress', () => {
  it('lets no covered entry title, body, id or keyword reach any view', () => {
    fc.assert(
      fc.property(withProgress, ({ subject, watched, revealed, upcomingTitles }) => {
        const gate = readyGate(subject.episodes, watched, revealed, upcomingTitles);
        const rendered = everythingRendered(gate, subject, new Set(watched));
        for (const e of subject.entries) {
          if (entryVisibility(gate, e) !== 'covered') continue;
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
            revealed.includes(entryRevealKey(e));
          expect(entryVisibility(gate, e) !== 'covered').toBe(expected);
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

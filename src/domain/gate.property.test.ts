import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryVisibility, type Gate } from './gate';
import { entryRevealKey, episodeRevealKey } from './reveal-keys';
import type { Pack } from './pack';
import { packArbitrary, withProgress } from './testing/pack-arbitraries';
import { readyGate } from './testing/ready-gate';
import { episodePage } from './pages/episode-page';
import { libraryPage } from './pages/library-page';
import { showPage } from './pages/show-page';
import { itemView } from './page-items';
import { packShowState } from './testing/pack-show-state';
import { showGate, type ShowState } from './show-state';
import { showSummary } from './show-summary';
import { episodeRow, presentCharacters } from './views';

/** What Reveal and Hide again act on: handles the page never renders (the UI leak test checks). */
const ACTION_HANDLES = new Set(['revealKey', 'revealKeys', 'hideKey', 'noteId']);

/** Every page view built from one show state, as one string, without the action handles. */
function everythingRendered(
  state: ShowState,
  subject: Pack,
  leftOut: ReadonlySet<string> = ACTION_HANDLES,
): string {
  const views = [
    libraryPage([state], { [state.showId]: showSummary(subject, subject.entries) }),
    showPage(state),
    ...subject.episodes.map((e) => episodePage(state, e.code)),
  ];
  return JSON.stringify(views, (key, value: unknown) => {
    if (leftOut.has(key)) return undefined;
    // Episode lists build their rows on demand: render every one.
    if (key === 'episodes' && typeof value === 'object' && value !== null && 'rowAt' in value) {
      const list = value as { total: number; rowAt: (position: number) => unknown };
      return Array.from({ length: list.total }, (_, position) => list.rowAt(position));
    }
    return value;
  });
}

function stateOf(
  subject: Pack,
  watched: Iterable<string>,
  revealed: Iterable<string>,
  upcomingTitles: 'next' | 'all' | 'none',
): ShowState {
  return packShowState(subject, { watched, revealed, upcomingTitles });
}

function visibleThings(gate: Gate, subject: Pack, watched: ReadonlySet<string>): Set<string> {
  const things = new Set<string>();
  for (const entry of subject.entries)
    if (itemView(gate, entry, new Map()).state === 'visible') things.add(entry.id);
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
        const rendered = everythingRendered(
          stateOf(subject, watched, revealed, upcomingTitles),
          subject,
        );
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
        const rendered = everythingRendered(
          stateOf(subject, watched, revealed, upcomingTitles),
          subject,
        );
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

  it('shows an episode’s peeked title and synopsis in its placeholder’s place, nowhere else', () => {
    fc.assert(
      fc.property(withProgress, ({ subject, watched, revealed, upcomingTitles }) => {
        const state = stateOf(subject, watched, revealed, upcomingTitles);
        const peeking = { ...state, peeked: new Set(subject.episodes.map(episodeRevealKey)) };
        const elsewhere = everythingRendered(
          peeking,
          subject,
          new Set([...ACTION_HANDLES, 'peeked']),
        );
        const visible = visibleThings(showGate(state), subject, new Set(watched));
        for (const e of subject.episodes) {
          if (!visible.has(`title:${e.code}`)) {
            expect(elsewhere).not.toContain(`SecretTitle-${e.code}"`);
          }
          if (!visible.has(`synopsis:${e.code}`)) {
            expect(elsewhere).not.toContain(`SecretSynopsis-${e.code}"`);
            // …and in the placeholder's place, while peeked at.
            if (e.synopsis !== null) {
              expect(everythingRendered(peeking, subject)).toContain(`"${e.synopsis}"`);
            }
          }
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
          const codes = subject.episodes.map((e) => e.code);
          const added = throughHere ? codes.slice(0, codes.indexOf(marked) + 1) : [marked];
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
        const loading = { ...packShowState(subject), progressLoaded: false };
        const rendered = everythingRendered(loading, subject);
        for (const e of subject.entries) expect(rendered).not.toContain(e.body);
        for (const c of subject.characters) expect(rendered).not.toContain(c.name);
        expect(rendered).not.toContain('SecretTitle');
      }),
    );
  });
});

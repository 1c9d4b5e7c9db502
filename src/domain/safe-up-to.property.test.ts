import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  entryVisibility,
  isCastMemberPresent,
  isEpisodeTitleVisible,
  isSynopsisVisible,
  type Gate,
} from './gate';
import type { Pack } from './pack';
import { entryRevealKey, episodeRevealKey } from './reveal-keys';
import { showGate, withRoom, type ShowState } from './show-state';
import { withProgress } from './testing/pack-arbitraries';
import { packShowState } from './testing/pack-show-state';

/** Everything a gate lets a page show of a pack, named so that two gates can be compared. */
function shownBy(gate: Gate, subject: Pack): Set<string> {
  const shown = new Set<string>();
  for (const e of subject.entries) if (entryVisibility(gate, e) !== 'covered') shown.add(e.id);
  for (const e of subject.episodes) {
    if (isEpisodeTitleVisible(gate, e.code)) shown.add(`title:${e.code}`);
    if (isSynopsisVisible(gate, e.code)) shown.add(`synopsis:${e.code}`);
  }
  for (const c of subject.characters) if (isCastMemberPresent(gate, c)) shown.add(c.id);
  return shown;
}

/** The spec's account of what a thing opens at: null for "safe for anyone". */
function opensAt(subject: Pack, thing: string): string | null {
  const [kind, code] = thing.split(':');
  if (kind === 'title' || kind === 'synopsis') return code ?? null;
  const item = subject.entries.find((e) => e.id === thing);
  if (item) return item.spoils;
  return subject.characters.find((c) => c.id === thing)?.introducedIn ?? null;
}

const cases = withProgress.chain((progress) =>
  fc.record({
    progress: fc.constant(progress),
    safeUpTo: fc.oneof(
      fc.constantFrom(...progress.subject.episodes.map((e) => e.code)),
      fc.constantFrom('S99E1', 'S1E', 'finale', ''),
    ),
    peeking: fc.boolean(),
    // Someone else in the room, watching together: the cap holds over the room's gate too.
    companion: fc.option(
      fc.record({
        watched: fc.subarray(progress.subject.episodes.map((e) => e.code)),
        revealed: fc.subarray([
          ...progress.subject.entries.map(entryRevealKey),
          ...progress.subject.episodes.map(episodeRevealKey),
        ]),
      }),
    ),
  }),
);

type Progress = typeof withProgress extends fc.Arbitrary<infer T> ? T : never;

interface Companion {
  watched: string[];
  revealed: string[];
}

function stateOf(
  { subject, watched, revealed, upcomingTitles }: Progress,
  peeking: boolean,
  companion: Companion | null,
): ShowState {
  const own = packShowState(subject, { watched, revealed, upcomingTitles });
  const state = companion
    ? withRoom(own, [
        { watched: new Set(watched), revealed: new Set(revealed) },
        { watched: new Set(companion.watched), revealed: new Set(companion.revealed) },
      ])
    : own;
  // Peeking at every entry at once: the most a recipient could be looking at.
  return peeking ? { ...state, peeked: new Set(subject.entries.map(entryRevealKey)) } : state;
}

describe('a shared link\'s "safe up to", for any pack, progress, reveals and peeks', () => {
  it("never shows what the recipient's own gate covers", () => {
    fc.assert(
      fc.property(cases, ({ progress, safeUpTo, peeking, companion }) => {
        const own = stateOf(progress, peeking, companion);
        const uncapped = shownBy(showGate(own), progress.subject);
        const capped = shownBy(showGate({ ...own, safeUpTo }), progress.subject);
        for (const thing of capped) expect(uncapped).toContain(thing);
      }),
    );
  });

  it('never shows anything that opens after the cap, nor at an episode when the cap is unknown', () => {
    fc.assert(
      fc.property(cases, ({ progress, safeUpTo, peeking, companion }) => {
        const codes = progress.subject.episodes.map((e) => e.code);
        const cap = codes.indexOf(safeUpTo);
        const capped = shownBy(
          showGate({ ...stateOf(progress, peeking, companion), safeUpTo }),
          progress.subject,
        );
        for (const thing of capped) {
          const at = opensAt(progress.subject, thing);
          if (at === null) continue;
          const position = codes.indexOf(at);
          expect(position, `${thing} opens at ${at}, after ${safeUpTo}`).not.toBe(-1);
          expect(position, `${thing} opens at ${at}, after ${safeUpTo}`).toBeLessThanOrEqual(cap);
        }
      }),
    );
  });
});

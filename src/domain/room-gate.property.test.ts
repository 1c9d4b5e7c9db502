import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  entryVisibility,
  isCastMemberPresent,
  isEpisodeTitleVisible,
  isItemVisible,
  isSynopsisVisible,
  type Gate,
  type UpcomingTitles,
} from './gate';
import type { Pack } from './pack';
import { episodePage } from './pages/episode-page';
import { showPage } from './pages/show-page';
import { entryRevealKey, episodeRevealKey, noteRevealKey } from './reveal-keys';
import { showGate, withRoom, type PersonProgress, type ShowState } from './show-state';
import { packArbitrary } from './testing/pack-arbitraries';
import { packShowState } from './testing/pack-show-state';

const personArbitrary = (subject: Pack) =>
  fc.record({
    watched: fc.subarray(subject.episodes.map((e) => e.code)),
    revealed: fc.subarray([
      ...subject.entries.map((e) => entryRevealKey(e)),
      ...subject.episodes.map((e) => episodeRevealKey(e)),
    ]),
  });

/** A pack, a title setting and one to three people present, each with their own progress. */
const roomArbitrary = (maxMembers: number) =>
  packArbitrary.chain((subject) =>
    fc.record({
      subject: fc.constant(subject),
      upcomingTitles: fc.constantFrom<UpcomingTitles>('next', 'all', 'none'),
      members: fc.array(personArbitrary(subject), { minLength: 1, maxLength: maxMembers }),
    }),
  );

interface Person {
  readonly watched: readonly string[];
  readonly revealed: readonly string[];
}

function roomState(subject: Pack, upcomingTitles: UpcomingTitles, members: readonly Person[]) {
  const room: PersonProgress[] = members.map((person) => ({
    watched: new Set(person.watched),
    revealed: new Set(person.revealed),
  }));
  // Before the room, the state holds the progress of whoever's profile is active.
  return withRoom(packShowState(subject, { ...members[0], upcomingTitles }), room);
}

/** The spec's rule for one person, worked out from their progress alone. */
function personRule(subject: Pack, upcomingTitles: UpcomingTitles, person: Person) {
  const codes = subject.episodes.map((e) => e.code);
  const furthest = Math.max(-1, ...person.watched.map((code) => codes.indexOf(code)));
  const watchedThrough = (code: string | null) =>
    code === null || (codes.includes(code) && codes.indexOf(code) <= furthest);
  const synopsis = (code: string) => {
    const episode = subject.episodes.find((e) => e.code === code);
    return (
      episode !== undefined &&
      (watchedThrough(code) || person.revealed.includes(episodeRevealKey(episode)))
    );
  };
  return {
    entry: (spoils: string | null, revealKey: string) =>
      watchedThrough(spoils) || person.revealed.includes(revealKey),
    character: watchedThrough,
    synopsis,
    title: (code: string) => {
      if (synopsis(code)) return true;
      const distance = codes.indexOf(code) - furthest;
      if (upcomingTitles === 'all') return distance > 0;
      return upcomingTitles === 'next' && distance === 1;
    },
  };
}

function everyPerson(
  subject: Pack,
  upcomingTitles: UpcomingTitles,
  members: readonly Person[],
  seen: (rule: ReturnType<typeof personRule>) => boolean,
): boolean {
  return members.every((person) => seen(personRule(subject, upcomingTitles, person)));
}

function renderedPages(state: ShowState, subject: Pack): string {
  const views = [showPage(state), ...subject.episodes.map((e) => episodePage(state, e.code))];
  return JSON.stringify(views, (key, value: unknown) => {
    if (['revealKey', 'revealKeys', 'hideKey', 'noteId'].includes(key)) return undefined;
    if (key === 'episodes' && typeof value === 'object' && value !== null && 'rowAt' in value) {
      const list = value as { total: number; rowAt: (position: number) => unknown };
      return Array.from({ length: list.total }, (_, position) => list.rowAt(position));
    }
    return value;
  });
}

/** What each visibility function says of every item of the pack, as one comparable list. */
function everyAnswer(gate: Gate, subject: Pack): readonly boolean[] {
  return [
    ...subject.entries.map((e) => entryVisibility(gate, e) !== 'covered'),
    ...subject.entries.map((e) => isItemVisible(gate, e.spoils, noteRevealKey(e.id))),
    ...subject.episodes.flatMap((e) => [
      isSynopsisVisible(gate, e.code),
      isEpisodeTitleVisible(gate, e.code),
    ]),
    ...subject.characters.map((c) => isCastMemberPresent(gate, c)),
  ];
}

describe('watching together, for any pack and people present', () => {
  it('shows an item only when every person present may see it, by the spec rule', () => {
    fc.assert(
      fc.property(roomArbitrary(3), ({ subject, upcomingTitles, members }) => {
        const gate = showGate(roomState(subject, upcomingTitles, members));
        const all = (seen: (rule: ReturnType<typeof personRule>) => boolean) =>
          everyPerson(subject, upcomingTitles, members, seen);
        for (const e of subject.entries) {
          const expected = all((rule) => rule.entry(e.spoils, entryRevealKey(e)));
          expect(entryVisibility(gate, e) !== 'covered').toBe(expected);
        }
        for (const e of subject.episodes) {
          expect(isSynopsisVisible(gate, e.code)).toBe(all((rule) => rule.synopsis(e.code)));
          expect(isEpisodeTitleVisible(gate, e.code)).toBe(all((rule) => rule.title(e.code)));
        }
        for (const c of subject.characters) {
          expect(isCastMemberPresent(gate, c)).toBe(all((rule) => rule.character(c.introducedIn)));
        }
      }),
    );
  });

  it('lets nothing the room may not see reach the show or episode pages', () => {
    fc.assert(
      fc.property(roomArbitrary(3), ({ subject, upcomingTitles, members }) => {
        const rendered = renderedPages(roomState(subject, upcomingTitles, members), subject);
        const all = (seen: (rule: ReturnType<typeof personRule>) => boolean) =>
          everyPerson(subject, upcomingTitles, members, seen);
        for (const e of subject.entries) {
          if (all((rule) => rule.entry(e.spoils, entryRevealKey(e)))) continue;
          for (const secret of [e.id, e.title, e.body]) {
            // An entry without a title has no title to leak; every text contains ''.
            if (secret) expect(rendered).not.toContain(secret);
          }
        }
        for (const c of subject.characters) {
          if (!all((rule) => rule.character(c.introducedIn)))
            expect(rendered).not.toContain(c.name);
        }
        for (const e of subject.episodes) {
          if (!all((rule) => rule.title(e.code)))
            expect(rendered).not.toContain(`"SecretTitle-${e.code}"`);
          if (!all((rule) => rule.synopsis(e.code)))
            expect(rendered).not.toContain(`"SecretSynopsis-${e.code}"`);
        }
      }),
    );
  });

  it('with one person present, is that person’s own gate', () => {
    fc.assert(
      fc.property(roomArbitrary(1), ({ subject, upcomingTitles, members: [person] }) => {
        if (person === undefined) return;
        const own = showGate(packShowState(subject, { ...person, upcomingTitles }));
        const room = showGate(roomState(subject, upcomingTitles, [person]));
        expect(everyAnswer(room, subject)).toEqual(everyAnswer(own, subject));
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  areEpisodeDetailsPeeked,
  entryVisibility,
  isCastMemberPresent,
  isEpisodeTitleVisible,
  isItemVisible,
  isOpenAt,
  isSynopsisVisible,
} from './gate';
import { isolated } from './isolated';
import { entryRevealKey, episodeRevealKey, noteRevealKey } from './reveal-keys';
import { safeLinkView } from './pages/safe-link-view';
import { showGate, type ShowState } from './show-state';
import { character, entry, episode, pack, seasonCodes } from './testing/pack-builders';
import { packShowState } from './testing/pack-show-state';
import { readyGate } from './testing/ready-gate';

const codes = seasonCodes(1, 10);
const finale = entry('finale-twist', 'S1E10');
const early = entry('early-clue', 'S1E3');
const atCap = entry('cap-recap', 'S1E4');
const premise = entry('premise', null);
const subject = pack({
  episodes: codes.map((code) =>
    episode(code, { title: `Title ${code}`, synopsis: `About ${code}` }),
  ),
  characters: [character('from-start', null), character('late-arrival', 'S1E6')],
  entries: [finale, early, atCap, premise],
});

function state(
  watched: readonly string[],
  safeUpTo: string | undefined,
  extra: Partial<ShowState> = {},
): ShowState {
  return { ...packShowState(subject, { watched, upcomingTitles: 'all' }), safeUpTo, ...extra };
}

const everything = codes;

describe('a shared link safe up to S1E4, opened by someone who watched everything', () => {
  const gate = showGate(state(everything, 'S1E4'));

  it('shows what opens at or before S1E4 and covers everything after it', () => {
    expect(entryVisibility(gate, atCap)).toBe('open');
    expect(entryVisibility(gate, early)).toBe('open');
    expect(entryVisibility(gate, premise)).toBe('open');
    expect(entryVisibility(gate, finale)).toBe('covered');
  });

  it('hides the titles and synopses of every later episode, whatever the title setting', () => {
    expect(isEpisodeTitleVisible(gate, 'S1E4')).toBe(true);
    expect(isSynopsisVisible(gate, 'S1E4')).toBe(true);
    expect(isEpisodeTitleVisible(gate, 'S1E5')).toBe(false);
    expect(isSynopsisVisible(gate, 'S1E5')).toBe(false);
    expect(isEpisodeTitleVisible(gate, 'S1E10')).toBe(false);
  });

  it('leaves out a character introduced after S1E4', () => {
    expect(isCastMemberPresent(gate, subject.characters[0]!)).toBe(true);
    expect(isCastMemberPresent(gate, subject.characters[1]!)).toBe(false);
  });

  it('reads as a viewer at S1E4 wherever a view asks how far they have watched', () => {
    expect(gate.status === 'ready' && gate.order.codes[gate.horizon]).toBe('S1E4');
  });
});

it('opens nothing after the cap even where a gate holds a later horizon, as a room member may', () => {
  const gate = { ...readyGate(subject.episodes, everything), safeUpTo: 3 };
  expect(isOpenAt(gate, 'S1E4')).toBe(true);
  expect(isOpenAt(gate, 'S1E5')).toBe(false);
});

describe('a cap against what the recipient revealed or peeks at', () => {
  it('covers an item after the cap that the recipient revealed', () => {
    const revealed = new Set([
      entryRevealKey(finale),
      episodeRevealKey(subject.episodes[8]!),
      noteRevealKey('note-1'),
    ]);
    const gate = showGate(state(['S1E2'], 'S1E4', { revealed }));
    expect(entryVisibility(gate, finale)).toBe('covered');
    expect(isSynopsisVisible(gate, 'S1E9')).toBe(false);
    expect(isItemVisible(gate, 'S1E9', noteRevealKey('note-1'))).toBe(false);
  });

  it('covers an entry after the cap that the recipient is peeking at', () => {
    const peeked = new Set([entryRevealKey(finale)]);
    const gate = showGate(state([], 'S1E4', { peeked }));
    expect(entryVisibility(gate, finale)).toBe('covered');
  });

  it("covers an episode's title and synopsis after the cap that the recipient is peeking at", () => {
    const later = subject.episodes[8]!;
    const peeked = new Set([episodeRevealKey(later)]);
    const gate = showGate(state([], 'S1E4', { peeked }));
    expect(areEpisodeDetailsPeeked(gate, later)).toBe(false);
  });

  it('keeps a reveal at or before the cap, which the recipient made themselves', () => {
    const revealed = new Set([entryRevealKey(early)]);
    const gate = showGate(state(['S1E1'], 'S1E4', { revealed }));
    expect(entryVisibility(gate, early)).toBe('revealed');
  });

  it('shows nothing more than the recipient may see: their own horizon still applies', () => {
    const gate = showGate(state(['S1E2'], 'S1E4'));
    expect(entryVisibility(gate, early)).toBe('covered');
    expect(entryVisibility(gate, atCap)).toBe('covered');
  });
});

describe('a "safe up to" value that is no episode of the show', () => {
  it.each(['S9E9', 'S1E4<b>', 'finale', ''])('fails closed for %j', (value) => {
    const gate = showGate(state(everything, value));
    expect(entryVisibility(gate, early)).toBe('covered');
    expect(entryVisibility(gate, finale)).toBe('covered');
    expect(isEpisodeTitleVisible(gate, 'S1E1')).toBe(false);
    expect(isCastMemberPresent(gate, subject.characters[1]!)).toBe(false);
    expect(entryVisibility(gate, premise)).toBe('open');
  });

  it('accepts a code written in another form, as the episode address does', () => {
    const gate = showGate(state(everything, 's01e04'));
    expect(entryVisibility(gate, atCap)).toBe('open');
    expect(entryVisibility(gate, finale)).toBe('covered');
  });
});

describe('what a page says of a shared link, and what its Share control offers', () => {
  it('names the cap by its code', () => {
    expect(safeLinkView(state(everything, 's1e4')).notice).toEqual({
      status: 'capped',
      code: 'S1E4',
    });
  });

  it('names an unknown value as isolated text', () => {
    expect(safeLinkView(state([], 'S9E9')).notice).toEqual({
      status: 'unknown',
      value: isolated('S9E9'),
    });
  });

  it('says nothing without a cap, and offers the codes through the horizon', () => {
    expect(safeLinkView(state(['S1E3'], undefined))).toEqual({
      notice: null,
      shareCodes: ['S1E1', 'S1E2', 'S1E3'],
    });
  });

  it('offers no code past a cap the sender is under themselves', () => {
    const view = safeLinkView(state(everything, 'S1E2'));
    expect(view.shareCodes).toEqual(['S1E1', 'S1E2']);
  });

  it('says nothing and offers nothing while the show loads', () => {
    const loading = { ...state(everything, 'S1E4'), progressLoaded: false };
    expect(safeLinkView(loading)).toEqual({ notice: null, shareCodes: [] });
  });
});

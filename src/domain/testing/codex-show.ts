import type { Entry, Pack } from '../pack';
import type { ShowState } from '../show-state';
import { character, entry, episode, pack } from './pack-builders';

const fact = (id: string, about: string, spoils: string | null): Entry =>
  entry(id, spoils, { kind: 'fact', title: null, body: `Fact ${id}.`, characters: [about] });

/**
 * A show for the character codex: a special between S1E2 and S1E3, a character from the premise,
 * one who arrives at the special, one at the finale, and facts listed out of watch order.
 */
export const CODEX_PACK: Pack = pack({
  show: { id: 'harbour', title: 'Harbour', network: null, premiered: null, summary: null },
  episodes: ['S1E1', 'S1E2', 'S0E1', 'S1E3', 'S1E4'].map((code) => episode(code)),
  characters: [
    character('keeper', null, { name: 'Ada Keeper', actor: 'Ann Actor' }),
    character('pilot', 'S0E1', { name: 'Ben Pilot', actor: null }),
    character('wrecker', 'S1E4', { name: 'Cy Wrecker', actor: 'Carl Actor' }),
  ],
  entries: [
    fact('keeper-s1e3', 'keeper', 'S1E3'),
    fact('keeper-premise', 'keeper', null),
    fact('keeper-s1e1', 'keeper', 'S1E1'),
    fact('keeper-finale', 'keeper', 'S1E4'),
    fact('keeper-special', 'keeper', 'S0E1'),
    fact('pilot-special', 'pilot', 'S0E1'),
    fact('wrecker-finale', 'wrecker', 'S1E4'),
    entry('keeper-recap', 'S1E1', { kind: 'recap', characters: ['keeper'] }),
    entry('keeper-premise-reveal', null, { kind: 'reveal', characters: ['keeper'] }),
    entry('keeper-finale-reveal', 'S1E4', { kind: 'reveal', characters: ['keeper', 'wrecker'] }),
    entry('keeper-news', 'S1E1', { kind: 'news', characters: ['keeper'] }),
    entry('pilot-recap', 'S0E1', { kind: 'recap', title: null, characters: ['pilot'] }),
  ],
});

export function codexShowState(
  watched: readonly string[],
  changes: Partial<Omit<ShowState, 'watched' | 'revealed'>> & { revealed?: readonly string[] } = {},
): ShowState {
  const { revealed = [], ...rest } = changes;
  return {
    showId: 'harbour',
    record: { status: 'ready', record: CODEX_PACK },
    entries: { status: 'ready', entries: CODEX_PACK.entries },
    notes: { status: 'ready', notes: [] },
    progressLoaded: true,
    upcomingTitles: 'next',
    ...rest,
    watched: new Set(watched),
    revealed: new Set(revealed),
  };
}

export const codexEntry = (id: string): Entry => {
  const found = CODEX_PACK.entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`No entry ${id} in the codex pack`);
  return found;
};

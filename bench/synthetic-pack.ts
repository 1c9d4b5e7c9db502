import type { Character, Entry, Episode, Pack } from '../src/domain/pack';

/**
 * Seeded synthetic recap packs at soap-opera scale. The same seed always gives the same pack, so
 * runs compare like with like.
 */

export interface SyntheticPackOptions {
  id: string;
  title: string;
  episodes: number;
  seed: number;
  /** Words in each episode's recap. */
  recapWords?: number;
  /** Reveals for each episode. */
  revealsPerEpisode?: number;
}

const EPISODES_PER_SEASON = 250;
const EPISODES_PER_NEW_CHARACTER = 50;
const REVEAL_WORDS = 15;

/** Short words come up often, as in English prose: about six characters a word with its space. */
const FUNCTION_WORDS = 'the a of and to in was his her she he it that with for on at by is as ';
const WORDS = (
  FUNCTION_WORDS.repeat(3) +
  'their they from after before ' +
  'during while when then again never always secret letter house river hospital wedding funeral ' +
  'town harbour church office garden kitchen storm night morning summer winter money will child ' +
  'brother sister mother father cousin doctor lawyer mayor nurse priest detective stranger lover ' +
  'rival partner friend enemy returns leaves finds hides loses steals marries divorces confesses ' +
  'lies forgives betrays discovers remembers forgets warns threatens rescues visits calls writes ' +
  'burns buries opens closes signs sells buys loves hates fears trusts doubts questions answers ' +
  'old new quiet angry bitter sudden last first hidden stolen forged missing broken true false ' +
  'dark bright cold warm long short whole only own other same final early late slowly quickly'
).split(' ');

const SYLLABLES = 'ka lo mi ra ve to sa ne li do ru fa be co da el in or an th'.split(' ');

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export function syntheticPack(options: SyntheticPackOptions): Pack {
  const { id, title, seed, recapWords = 300, revealsPerEpisode = 5 } = options;
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const name = () =>
    capitalised(
      Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join(''),
    );

  const words = (count: number, names: readonly string[]): string => {
    const sentences: string[] = [];
    let written = 0;
    while (written < count) {
      const length = Math.min(count - written, 8 + Math.floor(random() * 10));
      const sentence = Array.from({ length }, (_, index) =>
        index > 0 && names.length > 0 && random() < 0.08 ? `**${pick(names)}**` : pick(WORDS),
      );
      sentences.push(`${capitalised(sentence.join(' '))}.`);
      written += length;
      if (random() < 0.15) sentences.push('\n\n');
    }
    return sentences.join(' ').replace(/ ?\n\n ?/g, '\n\n');
  };

  const episodes: Episode[] = [];
  const characters: Character[] = [];
  const entries: Entry[] = [];
  for (let index = 0; index < options.episodes; index++) {
    const code = `S${Math.floor(index / EPISODES_PER_SEASON) + 1}E${(index % EPISODES_PER_SEASON) + 1}`;
    if (index % EPISODES_PER_NEW_CHARACTER === 0) {
      characters.push({
        id: `character-${characters.length + 1}`,
        name: `${name()} ${name()}`,
        actor: `${name()} ${name()}`,
        introducedIn: index === 0 ? null : code,
      });
    }
    const cast = characters.slice(-6);
    const castNames = cast.map((character) => character.name.split(' ')[0] ?? '');
    episodes.push({
      code,
      title: capitalised(words(4, []).replace(/\.$/, '')),
      airDate: null,
      runtime: 42,
      synopsis: words(20, castNames),
    });
    entries.push({
      id: `${code.toLowerCase()}-recap`,
      kind: 'recap',
      spoils: code,
      title: `Recap of ${code}`,
      body: words(recapWords, castNames),
      characters: cast.map((character) => character.id),
      keywords: [pick(WORDS), pick(WORDS)],
      date: null,
      source: null,
    });
    for (let reveal = 1; reveal <= revealsPerEpisode; reveal++) {
      const about = pick(cast);
      entries.push({
        id: `${code.toLowerCase()}-reveal-${reveal}`,
        kind: 'reveal',
        spoils: code,
        title: capitalised(words(6, [about.name]).replace(/\.$/, '')),
        body: words(REVEAL_WORDS, [about.name]),
        characters: [about.id],
        keywords: [pick(WORDS)],
        date: null,
        source: null,
      });
    }
  }
  return {
    show: { id, title, network: null, premiered: null, summary: null },
    episodes,
    characters,
    entries,
  };
}

/** The pack as a file the app imports. */
export function packFileText(pack: Pack): string {
  return JSON.stringify({ format: 'previously-pack', version: 1, ...pack });
}

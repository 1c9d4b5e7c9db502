import { hasInvisibleCharacters, withoutInvisibleCharacters } from './invisible-characters';
import type { Pack } from './pack';

export interface PackWithoutInvisible {
  pack: Pack;
  /** Paths of the titles and names that lost invisible characters (`episodes[3].title`). */
  cleaned: string[];
  /** A required title or name that held nothing else, by path. */
  problems: string[];
}

/**
 * The pack with invisible and direction-changing characters removed from every title and name
 * (bodies keep their letters: the page isolates them). Objects with nothing to remove are kept.
 */
export function packWithoutInvisible(pack: Pack): PackWithoutInvisible {
  const cleaned: string[] = [];
  const problems: string[] = [];

  function visible<T extends string | null>(text: T, path: string, required: boolean): T {
    if (text === null || !hasInvisibleCharacters(text)) return text;
    const left = withoutInvisibleCharacters(text);
    if (left === '' && required) {
      problems.push(`${path}: holds nothing but invisible or direction-changing characters`);
    } else cleaned.push(path);
    return (left === '' ? null : left) as T;
  }

  function kept<T extends object>(item: T, changed: Partial<T>): T {
    const differs = (Object.keys(changed) as (keyof T)[]).some((key) => changed[key] !== item[key]);
    return differs ? { ...item, ...changed } : item;
  }

  const result: Pack = {
    show: kept(pack.show, {
      title: visible(pack.show.title, 'show.title', true),
      network: visible(pack.show.network, 'show.network', false),
    }),
    episodes: pack.episodes.map((episode, index) =>
      kept(episode, { title: visible(episode.title, `episodes[${index}].title`, false) }),
    ),
    characters: pack.characters.map((character, index) =>
      kept(character, {
        name: visible(character.name, `characters[${index}].name`, true),
        actor: visible(character.actor, `characters[${index}].actor`, false),
      }),
    ),
    entries: pack.entries.map((entry, index) =>
      kept(entry, {
        title: visible(entry.title, `entries[${index}].title`, entry.kind !== 'fact'),
      }),
    ),
  };
  return { pack: result, cleaned, problems };
}

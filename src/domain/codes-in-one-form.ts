import { inOneForm } from './episode-code';
import type { Character, Entry, Episode, Pack } from './pack';

/**
 * Every episode code of a pack written the app's one way ("S1E1", never "S01E01"), so that one
 * episode is one code in storage, progress and reveals whatever form a file used. Objects whose
 * codes are already in that form are kept as they are.
 */

export function entryCodesInOneForm<T extends Entry>(entry: T): T {
  if (entry.spoils === null) return entry;
  const spoils = inOneForm(entry.spoils);
  return spoils === entry.spoils ? entry : { ...entry, spoils };
}

function episodeCodeInOneForm(episode: Episode): Episode {
  const code = inOneForm(episode.code);
  return code === episode.code ? episode : { ...episode, code };
}

function characterCodeInOneForm(character: Character): Character {
  if (character.introducedIn === null) return character;
  const introducedIn = inOneForm(character.introducedIn);
  return introducedIn === character.introducedIn ? character : { ...character, introducedIn };
}

export function packCodesInOneForm(pack: Pack): Pack {
  return {
    show: pack.show,
    episodes: pack.episodes.map(episodeCodeInOneForm),
    characters: pack.characters.map(characterCodeInOneForm),
    entries: pack.entries.map(entryCodesInOneForm),
  };
}

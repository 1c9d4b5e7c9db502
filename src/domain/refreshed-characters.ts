import type { Character } from './pack';

/**
 * The cast after a refresh from a source that does not say when characters first appear (TVmaze):
 * names and actors come from the fresh cast, but when each character is introduced is kept from
 * what was stored, since a recap pack may have set it. Characters only the stored show has are
 * kept too, so recaps that name them still validate. An introduction at an episode the source no
 * longer lists moves to the last episode: later, never earlier.
 */
export function refreshedCharacters(
  fresh: readonly Character[],
  stored: readonly Character[],
  episodeCodes: readonly string[],
): Character[] {
  const listed = new Set(episodeCodes);
  const lastCode = episodeCodes.at(-1) ?? null;
  const storedById = new Map(stored.map((character) => [character.id, character]));
  const freshIds = new Set(fresh.map((character) => character.id));
  const keptIntroduction = (introducedIn: string | null) =>
    introducedIn === null || listed.has(introducedIn) ? introducedIn : lastCode;
  return [
    ...fresh.map((character) => {
      const before = storedById.get(character.id);
      return before
        ? { ...character, introducedIn: keptIntroduction(before.introducedIn) }
        : character;
    }),
    ...stored
      .filter((character) => !freshIds.has(character.id))
      .map((character) => ({
        ...character,
        introducedIn: keptIntroduction(character.introducedIn),
      })),
  ];
}

import type { Entry } from '../pack';

/** Which of a show's entries each page lists; what shows of them is the gate's to say. */

/**
 * Facts by the character they are about, in pack order; callers show them, through itemView,
 * only for characters that are present.
 */
export function factsByCharacter(entries: readonly Entry[]): Map<string, Entry[]> {
  const facts = new Map<string, Entry[]>();
  for (const entry of entries) {
    const characterId = entry.characters[0];
    if (entry.kind !== 'fact' || characterId === undefined) continue;
    const own = facts.get(characterId);
    if (own) own.push(entry);
    else facts.set(characterId, [entry]);
  }
  return facts;
}

/** Recaps and reveals safe for anyone: they belong to the show as a whole, not to an episode. */
export function showWideEntries(entries: readonly Entry[]): Entry[] {
  return entries.filter(
    (entry) => entry.spoils === null && (entry.kind === 'recap' || entry.kind === 'reveal'),
  );
}

export function newsEntries(entries: readonly Entry[]): Entry[] {
  return entries.filter((entry) => entry.kind === 'news');
}

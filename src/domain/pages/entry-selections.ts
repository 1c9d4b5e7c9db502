import type { Entry } from '../pack';

/**
 * Which of a show's entries each page lists; what shows of them is the gate's to say. Each is
 * worked out once per list of entries, not on every mark: a long show holds many thousands.
 */
function oncePerList<T>(select: (entries: readonly Entry[]) => T) {
  const selected = new WeakMap<readonly Entry[], T>();
  return (entries: readonly Entry[]): T => {
    let value = selected.get(entries);
    if (value === undefined) {
      value = select(entries);
      selected.set(entries, value);
    }
    return value;
  };
}

/**
 * Facts by the character they are about, in pack order; callers show them, through itemView,
 * only for characters that are present.
 */
export const factsByCharacter = oncePerList((entries): ReadonlyMap<string, readonly Entry[]> => {
  const facts = new Map<string, Entry[]>();
  for (const entry of entries) {
    const characterId = entry.characters[0];
    if (entry.kind !== 'fact' || characterId === undefined) continue;
    const own = facts.get(characterId);
    if (own) own.push(entry);
    else facts.set(characterId, [entry]);
  }
  return facts;
});

/** Recaps and reveals safe for anyone: they belong to the show as a whole, not to an episode. */
export const showWideEntries = oncePerList((entries): readonly Entry[] =>
  entries.filter(
    (entry) => entry.spoils === null && (entry.kind === 'recap' || entry.kind === 'reveal'),
  ),
);

export const newsEntries = oncePerList((entries): readonly Entry[] =>
  entries.filter((entry) => entry.kind === 'news'),
);

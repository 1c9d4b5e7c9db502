import { entryRevealKey, episodeRevealKey } from '../../domain/gate';
import { ENTRY_KIND_LABELS, type Entry, type Episode } from '../../domain/pack';

/**
 * Names what a reveal key uncovered, for the list of what was revealed early. Everything named
 * here was revealed on purpose, so it is visible under the gate's third rule.
 */
export function revealDescriber(episodes: readonly Episode[], entries: readonly Entry[]) {
  const episodeCodes = new Map(
    episodes.map((episode) => [episodeRevealKey(episode.code), episode.code]),
  );
  const entriesByKey = new Map(entries.map((entry) => [entryRevealKey(entry.id), entry]));
  return (revealKey: string): string => {
    const entry = entriesByKey.get(revealKey);
    if (entry) {
      const kind = ENTRY_KIND_LABELS[entry.kind];
      return entry.title
        ? `${kind}: ${entry.title}`
        : `${kind} from ${entry.spoils ?? 'the premise'}`;
    }
    const code = episodeCodes.get(revealKey);
    if (code) return `${code}: title and synopsis`;
    return 'An item this show no longer lists, or that could not be read';
  };
}

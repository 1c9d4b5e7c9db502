import { ISO_DATE_REGEX } from 'valibot';
import { EPISODE_CODE_PATTERN } from './episode-code';
import type { Episode } from './pack';
import { EPISODE_LIMITS } from './pack-schema';

/**
 * Whether every item is an episode exactly as episodeSchema's output has it: its five fields and
 * no others, each null or within its rule. Checking a stored show's 15,000 episodes with the
 * schema built a copy of each and took about ten times as long before its code had warmed up; a
 * show whose episodes this refuses is checked by the schema, which says what is wrong.
 */
export function wellFormedEpisodes(items: unknown[]): items is Episode[] {
  return items.every(wellFormedEpisode);
}

const FIELDS = 5;

function wellFormedEpisode(item: unknown): boolean {
  if (typeof item !== 'object' || item === null) return false;
  let fields = 0;
  for (const key in item) {
    if (!Object.hasOwn(item, key)) return false;
    fields++;
  }
  if (fields !== FIELDS) return false;
  const { code, title, airDate, runtime, synopsis } = item as Record<keyof Episode, unknown>;
  return (
    typeof code === 'string' &&
    EPISODE_CODE_PATTERN.test(code) &&
    textOrNull(title, EPISODE_LIMITS.title) &&
    textOrNull(synopsis, EPISODE_LIMITS.synopsis) &&
    (airDate === null || (typeof airDate === 'string' && ISO_DATE_REGEX.test(airDate))) &&
    (runtime === null ||
      (typeof runtime === 'number' &&
        Number.isInteger(runtime) &&
        runtime >= 0 &&
        runtime <= EPISODE_LIMITS.runtimeMinutes))
  );
}

function textOrNull(value: unknown, maxLength: number): boolean {
  return (
    value === null || (typeof value === 'string' && value.length >= 1 && value.length <= maxLength)
  );
}

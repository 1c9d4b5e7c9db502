import * as v from 'valibot';
import { episodeSchema, showSchema } from '../domain/pack-schema';
import type { ShowSummary } from '../domain/show-summary';

const showSummarySchema = v.object({
  show: showSchema,
  episodes: v.array(
    v.object({ ...v.pick(episodeSchema, ['code', 'title']).entries, revealKey: v.string() }),
  ),
  firstRecap: v.nullable(v.string()),
  orderKey: v.string(),
});

/**
 * A stored summary, checked; null when it cannot be read or is another show's. A summary holds
 * nothing the user made, so one that cannot be read is simply built again from its show.
 */
export function readShowSummary(key: string, value: unknown): ShowSummary | null {
  const parsed = v.safeParse(showSummarySchema, value);
  return parsed.success && parsed.output.show.id === key ? parsed.output : null;
}

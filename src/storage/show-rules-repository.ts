import * as v from 'valibot';
import { showSchema } from '../domain/pack-schema';
import type { ShowRules } from '../domain/show-rules';
import type { PreviouslyDatabase } from './database';

/** Every show's own rules (domain/show-rules.ts), kept in the settings store under one key. */
export type ShowRulesByShow = Readonly<Record<string, ShowRules>>;

export const SHOW_RULES_KEY = 'showRules';

const upcomingDetail = v.picklist(['hidden', 'title', 'title-and-synopsis']);

export const showRulesSchema = v.object({
  strict: v.boolean(),
  upcoming: v.nullable(
    v.object({ next: upcomingDetail, season: upcomingDetail, later: upcomingDetail }),
  ),
  met: v.array(v.pipe(v.string(), v.maxLength(200))),
});

export const showRulesByShowSchema = v.record(showSchema.entries.id, showRulesSchema);

/** What a show's rules fall back to when they could not be read: the strictest. */
export const STRICTEST_RULES: ShowRules = {
  strict: true,
  upcoming: { next: 'hidden', season: 'hidden', later: 'hidden' },
  met: [],
};

export interface LoadedShowRules {
  byShow: ShowRulesByShow;
  /** For a show with no rules of its own: the defaults, or the strictest when they were lost. */
  unreadable: boolean;
}

export async function loadShowRules(database: PreviouslyDatabase): Promise<LoadedShowRules> {
  const stored: unknown = await database.get('settings', SHOW_RULES_KEY);
  if (stored === undefined) return { byShow: {}, unreadable: false };
  const parsed = v.safeParse(showRulesByShowSchema, stored);
  return parsed.success
    ? { byShow: parsed.output, unreadable: false }
    : { byShow: {}, unreadable: true };
}

export async function saveShowRules(
  database: PreviouslyDatabase,
  byShow: ShowRulesByShow,
): Promise<void> {
  await database.put('settings', byShow, SHOW_RULES_KEY);
}

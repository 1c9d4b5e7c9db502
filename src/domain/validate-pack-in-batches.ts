import * as v from 'valibot';
import type { Pack } from './pack';
import {
  MAX_CHARACTERS,
  MAX_ENTRIES,
  MAX_EPISODES,
  characterSchema,
  entrySchema,
  episodeSchema,
  showSchema,
} from './pack-schema';
import { checkedAcrossFields, envelopeProblem, validatePack, type PackResult } from './parse-pack';
import { wellFormedEntries, wellFormedEpisodes } from './well-formed-records';

/**
 * Called after each batch with how many items are checked of how many: it may wait (so progress
 * shows and a cancel is heard) or throw to stop the check.
 */
export type BetweenBatches = (checked: number, total: number) => Promise<void>;

const BATCH_SIZE = 250;

/**
 * validatePack, a batch of episodes, characters or entries at a time. A pack that passes gets
 * the result validatePack gives; at the first thing found wrong the whole pack is validated at
 * once instead, so a refusal lists the same problems in the same order.
 */
export async function validatePackInBatches(
  data: unknown,
  between: BetweenBatches,
): Promise<PackResult> {
  if (envelopeProblem(data) !== null) return validatePack(data);
  const body = data as Record<string, unknown>;
  const episodes = body.episodes;
  const characters = body.characters ?? [];
  const entries = body.entries ?? [];
  const show = v.safeParse(showSchema, body.show);
  if (
    !show.success ||
    !Array.isArray(episodes) ||
    episodes.length < 1 ||
    episodes.length > MAX_EPISODES ||
    !Array.isArray(characters) ||
    characters.length > MAX_CHARACTERS ||
    !Array.isArray(entries) ||
    entries.length > MAX_ENTRIES
  ) {
    return validatePack(data);
  }
  const total = episodes.length + characters.length + entries.length;
  let checked = 0;
  /** A batch the quick check accepts is as the schema would give it back; any other is parsed. */
  async function each<TSchema extends v.GenericSchema>(
    items: readonly unknown[],
    schema: TSchema,
    wellFormed: (batch: unknown[]) => boolean = () => false,
  ): Promise<v.InferOutput<TSchema>[] | null> {
    const outputs: v.InferOutput<TSchema>[] = [];
    for (let start = 0; start < items.length; start += BATCH_SIZE) {
      const batch = items.slice(start, start + BATCH_SIZE);
      if (wellFormed(batch)) outputs.push(...(batch as v.InferOutput<TSchema>[]));
      else {
        for (const item of batch) {
          const parsed = v.safeParse(schema, item);
          if (!parsed.success) return null;
          outputs.push(parsed.output);
        }
      }
      checked += batch.length;
      await between(checked, total);
    }
    return outputs;
  }
  const checkedEpisodes = await each(episodes, episodeSchema, wellFormedEpisodes);
  const checkedCharacters = checkedEpisodes && (await each(characters, characterSchema));
  const checkedEntries = checkedCharacters && (await each(entries, entrySchema, wellFormedEntries));
  if (!checkedEpisodes || !checkedCharacters || !checkedEntries) return validatePack(data);
  const asWritten: Pack = {
    show: show.output,
    episodes: checkedEpisodes,
    characters: checkedCharacters,
    entries: checkedEntries,
  };
  return checkedAcrossFields(asWritten);
}

import * as v from 'valibot';
import { characterSchema, entrySchema, episodeSchema, showSchema } from '../domain/pack-schema';

export const storedShowSchema = v.object({
  show: showSchema,
  episodes: v.array(episodeSchema),
  characters: v.array(characterSchema),
});

/** A stored show but its episodes, for a record whose episodes wellFormedEpisodes accepted. */
export const storedShowButEpisodesSchema = v.object({
  show: showSchema,
  characters: v.array(characterSchema),
});

export const storedEntriesSchema = v.array(entrySchema);

export const storedNoteSchema = v.object({
  ...entrySchema.entries,
  showId: v.string(),
  updatedAt: v.number(),
});

export const storedNoteRecordSchema = v.object({
  ...storedNoteSchema.entries,
  profileId: v.string(),
});

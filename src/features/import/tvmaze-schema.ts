import * as v from 'valibot';

/**
 * The parts of TVmaze's documented responses (https://www.tvmaze.com/api) that the import reads.
 * They are lenient where TVmaze leaves data out (nulls, missing summaries) and strict where the
 * import cannot do without a value (ids, names, season numbers).
 */

const received = (issue: v.BaseIssue<unknown>) => issue.received;

function object<TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.object(entries, (issue) =>
    issue.input === undefined ? 'is missing' : `expected an object, got ${received(issue)}`,
  );
}

const text = v.string((issue) => `expected text, got ${received(issue)}`);
const optionalText = v.nullish(text, null);

function wholeNumber(min: number) {
  return v.pipe(
    v.number((issue) => `expected a number, got ${received(issue)}`),
    v.integer('expected a whole number'),
    v.minValue(min, `expected a number of at least ${min}`),
  );
}

const channel = v.nullish(object({ name: text }), null);

export const tvmazeShowSchema = object({
  id: wholeNumber(1),
  name: text,
  premiered: optionalText,
  network: channel,
  webChannel: channel,
  summary: optionalText,
});

export const tvmazeEpisodeSchema = object({
  name: optionalText,
  season: wholeNumber(0),
  /** Null for specials. */
  number: v.nullish(wholeNumber(0), null),
  type: v.nullish(text, 'regular'),
  airdate: optionalText,
  runtime: v.nullish(
    v.number((issue) => `expected minutes as a number, got ${received(issue)}`),
    null,
  ),
  summary: optionalText,
});

export const tvmazeCastMemberSchema = object({
  person: object({ name: text }),
  character: object({ id: v.nullish(v.number(), null), name: text }),
});

export const tvmazeShowWithEmbedsSchema = object({
  ...tvmazeShowSchema.entries,
  _embedded: object({
    episodes: v.array(tvmazeEpisodeSchema, (issue) => `expected a list, got ${received(issue)}`),
    cast: v.nullish(
      v.array(tvmazeCastMemberSchema, (issue) => `expected a list, got ${received(issue)}`),
      [],
    ),
  }),
});

export const tvmazeSearchResultSchema = object({ show: tvmazeShowSchema });

export type TvmazeShow = v.InferOutput<typeof tvmazeShowSchema>;
export type TvmazeEpisode = v.InferOutput<typeof tvmazeEpisodeSchema>;
export type TvmazeShowWithEmbeds = v.InferOutput<typeof tvmazeShowWithEmbedsSchema>;

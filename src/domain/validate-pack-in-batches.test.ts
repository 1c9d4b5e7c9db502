import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePack } from './parse-pack';
import { packArbitrary } from './testing/pack-arbitraries';
import { validatePackInBatches } from './validate-pack-in-batches';

const ballard: unknown = JSON.parse(
  readFileSync(new URL('../../public/packs/ballard.json', import.meta.url), 'utf8'),
);

const noPause = () => Promise.resolve();

/** A pack file's JSON with one value somewhere in its lists, or the lists themselves, replaced. */
const damagedPack = fc
  .record({
    pack: packArbitrary,
    list: fc.constantFrom('episodes', 'characters', 'entries'),
    at: fc.nat(),
    field: fc.option(
      fc.constantFrom('code', 'id', 'title', 'name', 'spoils', 'kind', 'body', 'introducedIn'),
    ),
    value: fc.anything(),
    whole: fc.boolean(),
  })
  .map(({ pack, list, at, field, value, whole }) => {
    const data = structuredClone({ format: 'previously-pack', version: 1, ...pack }) as Record<
      string,
      unknown
    >;
    const items = data[list] as Record<string, unknown>[];
    if (whole || items.length === 0) data[list] = value;
    else if (field === null) items[at % items.length] = value as Record<string, unknown>;
    else (items[at % items.length] as Record<string, unknown>)[field] = value;
    return data;
  });

describe('validatePackInBatches', () => {
  it('gives what validatePack gives, for packs that pass and packs it refuses', async () => {
    expect(await validatePackInBatches(ballard, noPause)).toEqual(validatePack(ballard));
    await fc.assert(
      fc.asyncProperty(fc.oneof(packArbitrary, damagedPack), async (pack) => {
        const data = { format: 'previously-pack', version: 1, ...pack };
        expect(await validatePackInBatches(data, noPause)).toEqual(validatePack(data));
      }),
    );
  });

  it('stops between batches when told to', async () => {
    const batches: number[] = [];
    const stopped = validatePackInBatches(ballard, (checked) => {
      batches.push(checked);
      return Promise.reject(new Error('cancelled'));
    });
    await expect(stopped).rejects.toThrow('cancelled');
    expect(batches).toHaveLength(1);
  });
});

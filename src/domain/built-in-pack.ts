import * as v from 'valibot';
import { PACK_FORMAT, type Pack } from './pack';
import { packBodySchema } from './pack-schema';

/**
 * The built-in pack ships with the app, and its tests hold it to every import rule
 * (tests/content/ballard-pack.test.ts). So the first start checks only its shape, as it checks a
 * stored show, and the import rules load with the pages that import.
 */
export function builtInPack(text: string): Pack | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || !('format' in data)) return null;
  if (data.format !== PACK_FORMAT) return null;
  const result = v.safeParse(packBodySchema, data);
  return result.success ? result.output : null;
}

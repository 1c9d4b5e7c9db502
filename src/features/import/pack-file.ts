import { jsonSyntaxProblem, packSizeProblem, type PackResult } from '../../domain/parse-pack';
import { validatePackInBatches, type BetweenBatches } from '../../domain/validate-pack-in-batches';
import { readTextFile, type TextFile } from '../shared/read-text-file';

/** What reading a pack file has reached: "Reading" it, then "Checking" it, with how far along. */
export type FileStep = (stage: 'Reading' | 'Checking', done: number) => Promise<void>;

const noPause: FileStep = () => Promise.resolve();

/**
 * A recap pack from a file: refused by size before it is read, then parsed and checked whole, a
 * batch at a time; `step` hears each stage and how far it is (0 to 1), and may wait or throw.
 */
export async function packFromFile(file: TextFile, step: FileStep = noPause): Promise<PackResult> {
  await step('Reading', 0);
  const read = await readTextFile(file, packSizeProblem);
  if (!read.ok) return read;
  await step('Checking', 0);
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (error) {
    return { ok: false, problems: [jsonSyntaxProblem(read.text, error)] };
  }
  const between: BetweenBatches = (checked, total) => step('Checking', checked / total);
  return validatePackInBatches(data, between);
}

import { packSizeProblem, parsePackText, type PackResult } from '../../domain/parse-pack';
import { readTextFile, type TextFile } from '../shared/read-text-file';

/** A recap pack from a file: refused by size before it is read, then checked whole. */
export async function packFromFile(file: TextFile): Promise<PackResult> {
  const read = await readTextFile(file, packSizeProblem);
  return read.ok ? parsePackText(read.text, file.size) : read;
}

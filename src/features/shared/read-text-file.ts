import { textFromBytes } from './file-encoding';

/** The part of a File this app reads, so tests can hand in a file of any claimed size. */
export interface TextFile {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export type TextFileResult = { ok: true; text: string } | { ok: false; problems: string[] };

/**
 * Refuses a file by its size before reading a byte of it, then reads it as text in its encoding
 * (file-encoding.ts), refusing bytes that are not text.
 */
export async function readTextFile(
  file: TextFile,
  sizeProblem: (bytes: number) => string | null,
): Promise<TextFileResult> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return { ok: false, problems: [tooBig] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`The file could not be read (${detail}).`] };
  }
  const decoded = textFromBytes(bytes);
  return decoded.ok ? decoded : { ok: false, problems: [decoded.problem] };
}

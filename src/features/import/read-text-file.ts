/** The part of a File this app reads, so tests can hand in a file of any claimed size. */
export interface TextFile {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export type TextFileResult = { ok: true; text: string } | { ok: false; problems: string[] };

/** Refuses a file by its size before reading a byte of it, then reads it as text. */
export async function readTextFile(
  file: TextFile,
  sizeProblem: (bytes: number) => string | null,
): Promise<TextFileResult> {
  const tooBig = sizeProblem(file.size);
  if (tooBig) return { ok: false, problems: [tooBig] };
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`The file could not be read (${detail}).`] };
  }
}

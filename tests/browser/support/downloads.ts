import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

export interface DownloadedFile {
  name: string;
  text: string;
}

/** Clicks `button` and returns the file the browser downloaded, as saved to disk. */
export async function downloadFrom(page: Page, button: Locator): Promise<DownloadedFile> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const failure = await download.failure();
  if (failure !== null) throw new Error(`The download failed: ${failure}`);
  return {
    name: download.suggestedFilename(),
    text: await readFile(await download.path(), 'utf8'),
  };
}

/** A downloaded file as a file input takes it: what a user picks again. */
export function asInputFile({ name, text }: DownloadedFile) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

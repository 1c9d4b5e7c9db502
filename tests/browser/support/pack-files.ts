import type { Page } from 'playwright-core';
import type { Pack } from '../../../src/domain/pack';

/** A pack as a file for a file input: the JSON a user would pick. */
export function packFile(pack: unknown, name = 'pack.json') {
  const body = { format: 'previously-pack', version: 1, ...(pack as object) };
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) };
}

/** Opens Add a show and picks `file` in "Import recap pack"; the caller waits for the outcome. */
export async function choosePackFile(
  page: Page,
  appUrl: string,
  file: ReturnType<typeof packFile>,
): Promise<void> {
  if (new URL(page.url()).pathname !== new URL(`${appUrl}add`).pathname) {
    await page.goto(`${appUrl}add`);
  }
  await page.getByLabel('Import recap pack').setInputFiles(file);
}

export type { Pack };

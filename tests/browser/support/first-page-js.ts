import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';

export interface FirstPageJs {
  files: { url: string; bytes: number; gzipBytes: number }[];
  /** Sum of each file gzipped at level 9: deterministic for a given build. */
  gzipBytes: number;
}

/**
 * Every JavaScript file a first visit to `url` loads, until `ready` says the page shows its
 * content and the network has gone quiet.
 */
export async function measureFirstPageJs(
  browser: Browser,
  url: string,
  ready: (page: Page) => Promise<void>,
): Promise<FirstPageJs> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const bodies: Promise<FirstPageJs['files'][number]>[] = [];
    page.on('response', (response) => {
      if (!/javascript/.test(response.headers()['content-type'] ?? '')) return;
      bodies.push(
        response.body().then((body) => ({
          url: new URL(response.url()).pathname,
          bytes: body.length,
          gzipBytes: gzipSync(body, { level: 9 }).length,
        })),
      );
    });
    await page.goto(url);
    await ready(page);
    await page.waitForLoadState('networkidle');
    const files = (await Promise.all(bodies)).sort((a, b) => a.url.localeCompare(b.url));
    return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) };
  } finally {
    await context.close();
  }
}

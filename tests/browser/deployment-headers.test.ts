import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** Another origin on this machine whose page frames the app, as a hostile site would. */
async function serveFramingSite(appUrl: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html');
    response.end(`<!doctype html><title>Framing site</title><iframe src="${appUrl}"></iframe>`);
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server };
}

describe('the app served with its deployment headers', () => {
  test('every address, app route or file, comes with the security headers', async () => {
    const { context, page } = await openSession(browser);
    for (const path of ['', 'shows/ballard/episodes/S1E10', 'favicon.svg']) {
      const response = await page.goto(new URL(path, inject('appUrl')).href);
      const headers = response?.headers() ?? {};
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy'], path).toContain("script-src 'self'");
      expect(headers['x-content-type-options'], path).toBe('nosniff');
      expect(headers['referrer-policy'], path).toBe('no-referrer');
    }
    await context.close();
  });

  test('another site cannot show the app in a frame', async () => {
    const framingSite = await serveFramingSite(inject('appUrl'));
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(framingSite.url);

    const appFrame = page.frames().find((frame) => frame !== page.mainFrame());
    if (!appFrame) throw new Error('the framing page has no frame');
    const frameState = async () => {
      if (appFrame.url().startsWith('chrome-error:')) return 'refused';
      const headings = await appFrame.getByRole('heading', { name: 'Your shows' }).count();
      return headings > 0 ? 'shows the app' : 'loading';
    };
    await expect.poll(frameState).toBe('refused');
    await context.close();
    framingSite.server.close();
  });
});

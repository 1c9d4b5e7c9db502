import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { expectSoundPage, watchedCheckbox } from './support/page-checks';
import { untilStoredWatched } from './support/site-data';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const NEEDS_CONNECTION =
  'You are offline. Searching and adding shows from TVmaze needs a connection; your shows, progress and notes work as usual.';

describe('Previously after the first visit, with the network cut', () => {
  test('loads the library, keeps a mark across reloads, opens a deep address and says TVmaze needs a connection', async () => {
    const session = await openSession(browser);
    const { context, page } = session;
    const appUrl = inject('appUrl');
    await page.goto(appUrl);
    await page.getByRole('link', { name: 'Next: S1E1' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        message: 'a service worker controls the page',
      })
      .toBe(true);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your shows' }).waitFor();
    await page.getByRole('link', { name: 'Next: S1E1' }).waitFor();
    await expectSoundPage(session, ballardCovered([]), 'the library, offline');

    await page.getByRole('link', { name: 'Ballard', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Ballard' }).waitFor();
    await watchedCheckbox(page, 'S1E1').check();
    await expect.poll(() => watchedCheckbox(page, 'S1E1').isChecked()).toBe(true);
    await untilStoredWatched(page, 'ballard', ['S1E1']);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Ballard' }).waitFor();
    await expect.poll(() => watchedCheckbox(page, 'S1E1').isChecked()).toBe(true);
    await expectSoundPage(session, ballardCovered(['S1E1']), 'the show page, offline, reloaded');

    await page.goto(new URL('shows/ballard/episodes/S1E3', appUrl).href);
    await page.getByRole('heading', { level: 1, name: /^S1E3\b/ }).waitFor();
    await expectSoundPage(session, ballardCovered(['S1E1']), 'the S1E3 page opened offline');

    await page.goto(new URL('add', appUrl).href);
    const tvmaze = page.getByRole('region', { name: 'From TVmaze' });
    await tvmaze.getByText(NEEDS_CONNECTION).waitFor();
    expect(await tvmaze.getByRole('button', { name: 'Search', exact: true }).isDisabled()).toBe(
      true,
    );
    await expectSoundPage(session, ballardCovered(['S1E1']), 'the Add a show page, offline');
    await context.close();
  });

  test('is installable: a manifest with icons, and a worker script that is never kept stale', async () => {
    const { context, page } = await openSession(browser);
    await page.goto(inject('appUrl'));
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifestUrl = new URL(manifestHref ?? '', page.url()).href;
    const manifest = (await (await page.request.get(manifestUrl)).json()) as {
      name: string;
      display: string;
      start_url: string;
      scope: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Previously', display: 'standalone' });
    expect(manifest.start_url).toBe('/');
    expect(manifest.scope).toBe('/');
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(
      expect.arrayContaining(['192x192', '512x512']),
    );
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    for (const icon of manifest.icons) {
      const response = await page.request.get(new URL(icon.src, manifestUrl).href);
      expect(response.headers()['content-type'], icon.src).toBe('image/png');
    }
    const worker = await page.request.get(new URL('sw.js', inject('appUrl')).href);
    expect(worker.headers()['cache-control']).toBe('no-cache');
    // What Netlify and Cloudflare Pages read: the worker's own rule beside the one for every path.
    const headersFile = readFileSync(join(inject('appBuildDir'), '_headers'), 'utf8');
    expect(headersFile).toMatch(/^\/sw\.js\n {2}Cache-Control: no-cache$/m);
    await context.close();
  });
});

import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { expectSoundPage } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const PACK_REQUESTS = '**/packs/ballard.json';

describe('the built-in show on a slow or failing first start', () => {
  test('a deep link says Ballard is loading while its pack is held, then shows the episode', async () => {
    const session = await openSession(browser);
    const { page } = session;
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(PACK_REQUESTS, async (route: Route) => {
      await released;
      await route.continue();
    });

    await page.goto(`${inject('appUrl')}shows/ballard/episodes/S1E3`);
    const loading = page.getByRole('status').filter({ hasText: 'Loading Ballard…' });
    await loading.waitFor();
    expect(await page.getByRole('heading', { name: 'No such show' }).count()).toBe(0);
    await expectSoundPage(session, ballardCovered([]), 'the episode page while Ballard loads');

    release();
    await page.getByRole('heading', { level: 1, name: 'S1E3 Episode 3' }).waitFor();
    expect(await loading.count()).toBe(0);
    await session.context.close();
  });

  test('a failed download says so in plain words, and Retry adds Ballard', async () => {
    // Retry must ask the network again: a service worker that had taken the page by then would
    // answer from what it precached, out of the route's reach.
    const session = await openSession(browser, { serviceWorkers: 'block' });
    const { page } = session;
    const appUrl = inject('appUrl');
    // Chromium logs the 404 on the console; here it is the point of the test.
    session.watch.expectedFailedLoads.push(`${appUrl}packs/`);
    let requests = 0;
    await page.route(PACK_REQUESTS, async (route: Route) => {
      requests += 1;
      if (requests === 1) await route.fulfill({ status: 404, body: 'Not found' });
      else await route.continue();
    });

    await page.goto(appUrl);
    const problem = page.getByRole('alert').filter({ hasText: 'could not be downloaded' });
    await problem.waitFor();
    expect(await problem.textContent()).toBe(
      'The built-in show, Ballard, could not be downloaded. Check your connection, then retry.',
    );
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/TypeError|Error:|404|No shows yet/);
    await expectSoundPage(session, ballardCovered([]), 'the library after a failed download');

    await page.getByRole('button', { name: 'Retry' }).click();
    await page.getByRole('link', { name: 'Ballard', exact: true }).waitFor();
    expect(requests).toBe(2);
    expect(await problem.count()).toBe(0);
    await expectSoundPage(session, ballardCovered([]), 'the library after Retry');
    await session.context.close();
  });
});

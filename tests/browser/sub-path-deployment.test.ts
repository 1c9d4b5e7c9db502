import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildApp, removeBuild, serveBuild, type StaticServer } from './support/app-build';
import { ballardCovered, FINALE_PLACEHOLDERS } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { expectPlaceholders, expectSoundPage } from './support/page-checks';

const BASE_PATH = '/previously/';

let browser: Browser;
let buildDir: string;
let server: StaticServer;
beforeAll(async () => {
  buildDir = await buildApp({ basePath: BASE_PATH });
  server = await serveBuild(buildDir, BASE_PATH);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser.close();
  await server.close();
  await removeBuild(buildDir);
});

test('a build with BASE_PATH=/previously/ works under that sub-path, deep links included', async () => {
  expect(server.url).toMatch(/\/previously\/$/);
  const session = await openSession(browser);
  const { page } = session;
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));

  await page.goto(server.url);
  await page.getByRole('link', { name: 'Next: S1E1' }).waitFor();
  const showLink = page.getByRole('link', { name: 'Ballard', exact: true });
  expect(await showLink.getAttribute('href')).toBe('/previously/shows/ballard');
  await expectSoundPage(session, ballardCovered([]), 'the library under /previously/');

  await page.goto(`${server.url}shows/ballard`);
  await page.getByRole('heading', { level: 1, name: 'Ballard' }).waitFor();
  await expectPlaceholders(page, 'S1E10', 2);
  await expectSoundPage(session, ballardCovered([]), 'a deep link to the show');

  await page.goto(`${server.url}shows/ballard/episodes/S1E10`);
  await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
  await page.reload();
  await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: 'Next: S1E1' }).waitFor();
  expect(new URL(page.url()).pathname).toMatch(/^\/previously\/?$/);
  await expectSoundPage(session, ballardCovered([]), 'the library reached by its link');

  expect(requested.filter((path) => !path.startsWith(BASE_PATH))).toEqual([]);
  await session.context.close();
});

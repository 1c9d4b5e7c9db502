import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { BALLARD, ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { TIDEWATER } from './support/tidewater';
import { choosePackFile, packFile } from './support/pack-files';
import { expectSoundPage } from './support/page-checks';

/** Issue 7, items 1 and 2, as a new user would meet them in Chromium. */

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

test('a pack that leaves out spoils or introducedIn is refused, naming both paths, and opens nothing', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const appUrl = inject('appUrl');
  const damaged = structuredClone(BALLARD) as unknown as {
    entries: Record<string, unknown>[];
    characters: Record<string, unknown>[];
  };
  const revealIndex = damaged.entries.findIndex((item) => item.id === 'olivas-dies');
  const characterIndex = damaged.characters.findIndex((item) => item.id === 'robert-olivas');
  delete damaged.entries[revealIndex]?.spoils;
  delete damaged.characters[characterIndex]?.introducedIn;

  await page.goto(appUrl);
  await page.getByRole('link', { name: 'Ballard', exact: true }).waitFor();
  await choosePackFile(page, appUrl, packFile(damaged, 'ballard-copy.json'));
  const problems = page.getByRole('alert');
  await problems
    .getByText(`characters[${characterIndex}].introducedIn: is missing`, { exact: false })
    .waitFor();
  await problems
    .getByText(`entries[${revealIndex}].spoils: is missing`, { exact: false })
    .waitFor();
  await expectSoundPage(session, ballardCovered([]), 'the refusal of a pack with missing keys');

  await page.goto(`${appUrl}shows/ballard`);
  await page.getByRole('heading', { name: 'No word yet on a second season' }).waitFor();
  await expectSoundPage(session, ballardCovered([]), 'Ballard at S1E0 after the refusal');
  await session.context.close();
});

test('an episode title revealed and hidden again is in no history entry of the session', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const appUrl = inject('appUrl');
  await page.goto(appUrl);
  await page.getByRole('link', { name: 'Ballard', exact: true }).waitFor();
  await choosePackFile(page, appUrl, packFile(TIDEWATER, 'tidewater.json'));
  await page.getByText('Added Tidewater, with 3 episodes.').waitFor();

  await page.goto(`${appUrl}shows/tidewater/episodes/S1E3`);
  await page.getByRole('heading', { level: 1, name: 'S1E3 Episode 3' }).waitFor();
  await page
    .getByRole('region', { name: 'Synopsis' })
    .getByRole('button', { name: 'Reveal' })
    .click();
  await page
    .getByRole('alertdialog', { name: 'Reveal something from S1E3?' })
    .getByRole('button', { name: 'Reveal' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'S1E3 Undertow' }).waitFor();
  await expect.poll(() => page.title()).toBe('S1E3 · Tidewater · Previously');

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();
  const revealed = page.getByRole('region', { name: 'Revealed early' });
  await revealed.getByRole('button', { name: 'Hide again' }).first().click();
  await expect.poll(() => revealed.getByRole('button', { name: 'Hide again' }).count()).toBe(0);
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'S1E3 Episode 3' }).waitFor();

  const devtools = await session.context.newCDPSession(page);
  const { entries } = (await devtools.send('Page.getNavigationHistory')) as {
    entries: { url: string; title: string }[];
  };
  expect(entries.map((item) => item.url)).toContain(`${appUrl}shows/tidewater/episodes/S1E3`);
  for (const { title } of entries) expect(title).not.toMatch(/Undertow|Spring Tide/);
  await session.context.close();
});

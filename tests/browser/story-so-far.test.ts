import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Pack } from '../../src/domain/pack';
import { character, entry, episode, pack } from '../../src/domain/testing/pack-builders';
import { ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { containsWords, coveredStrings } from './support/covered-strings';
import { markWatchedThrough } from './support/marks';
import { choosePackFile, packFile } from './support/pack-files';
import { expectSoundPage } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const recap = (id: string, spoils: string, title: string, body: string) =>
  entry(id, spoils, { kind: 'recap', title, body });

/** A special between S1E2 and S1E3, a recap at every episode, and a character who arrives late. */
const HARBOUR: Pack = pack({
  show: {
    id: 'harbour-lights',
    title: 'Harbour Lights',
    network: null,
    premiered: null,
    summary: 'A lighthouse keeper and a town that keeps its secrets.',
  },
  episodes: [
    episode('S1E1', { title: 'Low Tide' }),
    episode('S1E2', { title: 'The Lamp Room' }),
    episode('S0E1', { title: 'Midwinter Special' }),
    episode('S1E3', { title: 'Wreckers' }),
    episode('S1E4', { title: 'Landfall' }),
  ],
  characters: [
    character('maren-holt', null, { name: 'Maren Holt', actor: 'Ida Brenner' }),
    character('silas-crewe', 'S1E3', { name: 'Silas Crewe', actor: 'Tomas Lindqvist' }),
  ],
  entries: [
    recap(
      'storm',
      'S1E1',
      'The storm cuts the causeway',
      'Maren keeps the lamp lit **all night**.',
    ),
    recap('ledger', 'S1E2', 'A ledger in the lamp room', 'Maren finds the old keeper’s ledger.'),
    recap('midwinter', 'S0E1', 'Carols on the quay', 'The town sings while the ferry is late.'),
    recap('crewe', 'S1E3', 'Silas Crewe rows in', 'A stranger wrecks the ferry on purpose.'),
    recap('landfall', 'S1E4', 'Maren leaves the island', 'The keeper hands the lamp to the town.'),
  ],
});

const ALL_CODES = HARBOUR.episodes.map(({ code }) => code);

const covered = (watched: string[]) => [
  ...ballardCovered([]),
  ...coveredStrings(HARBOUR, { watched }),
];

async function chapterHeadings(page: Page, region: string): Promise<string[]> {
  return page
    .getByRole('region', { name: region })
    .getByRole('heading', { level: 3 })
    .allInnerTexts();
}

test('the story holds recaps up to the horizon, specials in their place, and all once the finale is marked', async () => {
  const session = await openSession(browser);
  const { page, context } = session;
  const appUrl = inject('appUrl');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(appUrl).origin,
  });
  await page.goto(appUrl);
  await page.getByRole('link', { name: 'Ballard', exact: true }).waitFor();
  await choosePackFile(page, appUrl, packFile(HARBOUR, 'harbour-lights.json'));
  await page.getByRole('link', { name: 'Open Harbour Lights' }).click();
  await page.getByRole('heading', { level: 1, name: 'Harbour Lights' }).waitFor();
  await markWatchedThrough(page, 'S0E1');
  const throughSpecial = covered(['S1E1', 'S1E2', 'S0E1']);

  await page.getByRole('link', { name: 'Library' }).click();
  const tile = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Harbour Lights', exact: true }) });
  const catchUpLink = tile.getByRole('link', { name: 'Catch up before S1E3' });
  await catchUpLink.waitFor();
  await expectSoundPage(session, throughSpecial, 'the library through the special');
  await catchUpLink.click();
  const catchUp = page.getByRole('region', { name: 'Previously on Harbour Lights' });
  await catchUp.waitFor();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.textContent))
    .toBe('Previously on Harbour Lights');
  expect(await chapterHeadings(page, 'Previously on Harbour Lights')).toEqual([
    'S1E1 Low Tide',
    'S1E2 The Lamp Room',
    'S0E1 Midwinter Special',
  ]);
  expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe(
    '/shows/harbour-lights/story#previously-on',
  );
  expect(await chapterHeadings(page, 'Episode by episode')).toEqual([
    'S1E1 Low Tide',
    'S1E2 The Lamp Room',
    'S0E1 Midwinter Special',
  ]);
  expect(await page.getByText('Opens after').count()).toBe(0);
  await expectSoundPage(session, throughSpecial, 'the story through the special');

  await page.getByRole('button', { name: 'Copy story' }).click();
  await page.getByText('Copied.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  for (const visible of ['S0E1 · Midwinter Special', 'Carols on the quay', 'lamp lit all night']) {
    expect(copied).toContain(visible);
  }
  expect(throughSpecial.filter(({ text }) => containsWords(copied, text))).toEqual([]);
  expect(copied).not.toContain('**');

  await page.emulateMedia({ media: 'print' });
  expect(await page.getByRole('button', { name: 'Copy story' }).isVisible()).toBe(false);
  expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
  expect(await catchUp.isVisible()).toBe(false);
  const printed = await page.evaluate(() => document.body.innerText);
  expect(printed).toContain('Carols on the quay');
  expect(throughSpecial.filter(({ text }) => containsWords(printed, text))).toEqual([]);
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('link', { name: 'Harbour Lights', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Harbour Lights' }).waitFor();
  await markWatchedThrough(page, 'S1E4');
  await page.goto(`${appUrl}shows/harbour-lights/story`);
  await page.getByRole('heading', { level: 4, name: 'Maren leaves the island' }).waitFor();
  expect(await chapterHeadings(page, 'Episode by episode')).toEqual([
    'S1E1 Low Tide',
    'S1E2 The Lamp Room',
    'S0E1 Midwinter Special',
    'S1E3 Wreckers',
    'S1E4 Landfall',
  ]);
  expect(await page.getByRole('region', { name: /^Previously on/ }).count()).toBe(0);
  expect(covered(ALL_CODES)).toEqual(ballardCovered([]));
  await expectSoundPage(session, covered(ALL_CODES), 'the story with the finale marked');
  await context.close();
});

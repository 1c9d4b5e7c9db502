import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { character, entry, episode, pack } from '../../src/domain/testing/pack-builders';
import { ballardCodesThrough, ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { coveredStrings, type CoveredString } from './support/covered-strings';
import { markWatchedThrough } from './support/marks';
import { choosePackFile, packFile } from './support/pack-files';
import { expectSoundPage, watchedCheckbox } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** A show of our own: a special between two episodes, and a character who arrives late. */
const tidewater = pack({
  show: { id: 'tidewater', title: 'Tidewater', network: null, premiered: null, summary: null },
  episodes: [
    episode('S1E1', { title: 'Slack Water' }),
    episode('S0E1', { title: 'Behind the Tide' }),
    episode('S1E2', { title: 'Spring Tide' }),
  ],
  characters: [
    character('ada', null, { name: 'Ada Quill', actor: 'Nora Pike' }),
    character('corvin', 'S1E2', { name: 'Corvin Marsh', actor: 'Elias Brandt' }),
  ],
  entries: [
    entry('ferry', 'S1E1', {
      kind: 'recap',
      title: 'The last ferry',
      body: 'Ada Quill misses the last ferry and spends the night at the harbour.',
      characters: ['ada'],
    }),
    entry('marsh-arrives', 'S1E2', {
      title: 'Who came in on the tide',
      body: 'Corvin Marsh, the harbour master, was the one who cut the ferry loose.',
      characters: ['corvin'],
    }),
  ],
});

const headerBox = (page: Page) => page.getByRole('searchbox', { name: 'Search your shows' });
const status = (page: Page) => page.getByRole('main').getByRole('status');

/** The query the user typed is on the page because they typed it; everything else must not be. */
const coveredBut = (covered: readonly CoveredString[], query: string) =>
  covered.filter((c) => c.text.toLowerCase() !== query.toLowerCase());

async function searchEverywhere(page: Page, query: string): Promise<void> {
  await page.getByRole('heading', { level: 1 }).first().click();
  await page.keyboard.press('/');
  await expect
    .poll(() => headerBox(page).evaluate((box) => box === document.activeElement))
    .toBe(true);
  await headerBox(page).fill(query);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
  await expect.poll(() => status(page).textContent()).toMatch(`for “${query}”`);
  expect(page.url().toLowerCase()).not.toContain(query.toLowerCase());
}

test('before the finale, no show finds a finale word or its typo; marked, Ballard finds it', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const appUrl = inject('appUrl');
  const covered = (ballardWatched: string[]) => [
    ...ballardCovered(ballardWatched),
    ...coveredStrings(tidewater, { watched: ['S1E1'] }),
  ];
  await page.goto(appUrl);
  await page.getByRole('link', { name: 'Ballard', exact: true }).waitFor();
  await choosePackFile(page, appUrl, packFile(tidewater, 'tidewater.json'));
  await page.getByText('Added Tidewater, with 3 episodes.').waitFor();
  await page.getByRole('link', { name: 'Open Tidewater' }).click();
  await watchedCheckbox(page, 'S1E1').check();
  await page.getByText('You marked S1E1 watched.').waitFor();

  for (const query of ['Olivas', 'Olivaz', 'Marsh', 'Marsj']) {
    await searchEverywhere(page, query);
    expect(await status(page).textContent()).toBe(`No results for “${query}”`);
    expect(await page.getByRole('main').getByRole('link').count()).toBe(0);
    expect(await page.getByRole('listbox').count()).toBe(0);
    await expectSoundPage(session, coveredBut(covered([]), query), `search for ${query}`);
  }

  await searchEverywhere(page, 'ferry');
  expect(await status(page).textContent()).toBe('1 result in 1 show for “ferry”');
  await page
    .getByRole('region', { name: 'Tidewater' })
    .getByRole('link', { name: 'The last ferry' })
    .waitFor();
  await expectSoundPage(session, covered([]), 'search for ferry');

  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: 'Ballard', exact: true }).click();
  await markWatchedThrough(page, 'S1E10');
  const finaleWatched = ballardCodesThrough(10);

  for (const query of ['Olivas', 'Olivaz']) {
    await searchEverywhere(page, query);
    expect(await status(page).textContent()).toMatch(
      new RegExp(`^\\d+ results in 1 show for “${query}”$`),
    );
    const ballard = page.getByRole('region', { name: 'Ballard' });
    await ballard.getByRole('link', { name: 'What Olivas really was' }).waitFor();
    await expectSoundPage(session, covered(finaleWatched), `search for ${query} after the finale`);
  }

  await page.getByRole('link', { name: 'What Olivas really was' }).click();
  await page.getByRole('heading', { level: 1, name: /^S1E10/ }).waitFor();
  await page.getByRole('heading', { name: 'What Olivas really was' }).waitFor();

  await page.reload();
  await page.goto(`${appUrl}search`);
  await page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
  expect(await headerBox(page).inputValue()).toBe('');
  await session.context.close();
});

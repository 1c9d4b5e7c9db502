import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { entry, episode, pack } from '../../src/domain/testing/pack-builders';
import { ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { coveredStrings } from './support/covered-strings';
import { choosePackFile, packFile } from './support/pack-files';
import { expectSoundPage } from './support/page-checks';

/**
 * Issue 9.6: "No title can make the app's own text read backwards." A right-to-left override in a
 * title would show "S1E10" where the data says "01E1S" and reverse the sentence around it; right-
 * to-left letters, which are legitimate, must stay inside their own run of text.
 */

const RLO = '\u202E';
const ARABIC = 'مرفأ';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const harbour = pack({
  show: {
    id: 'harbour',
    title: `${ARABIC} ${RLO}01E1S`,
    network: null,
    premiered: null,
    summary: null,
  },
  episodes: [
    episode('S1E1', { title: `${ARABIC} ${RLO}Low Tide` }),
    episode('S1E2', { title: 'The Lamp Room' }),
  ],
  entries: [entry('storm', 'S1E2', { kind: 'recap', title: 'The storm', body: 'A storm.' })],
});
const SHOW_TITLE = `${ARABIC} 01E1S`;
const EPISODE_TITLE = `${ARABIC} Low Tide`;

/**
 * Each text node of `sentence` that holds `userText` sits in an element whose computed
 * unicode-bidi is isolate (as <bdi> has), and the sentence reads as `expected`.
 */
async function expectIsolated(sentence: Locator, expected: string, userText: string) {
  // A status says "Saving …" before it says what was done.
  await expect.poll(() => sentence.textContent()).toBe(expected);
  const isolation = await sentence.evaluate((element, text) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const found: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes(text)) continue;
      found.push(getComputedStyle(node.parentElement!).unicodeBidi);
    }
    return found;
  }, userText);
  expect(isolation, `"${userText}" in "${expected}"`).toEqual(['isolate']);
}

async function expectNoOverride(page: Page) {
  const html = await page.evaluate(() => document.documentElement.outerHTML + document.title);
  expect(html).not.toContain(RLO);
}

test("a title with a right-to-left override cannot turn the app's sentences around", async () => {
  const session = await openSession(browser);
  const { page } = session;
  const appUrl = inject('appUrl');
  const covered = [...ballardCovered([]), ...coveredStrings(harbour, { watched: [] })];
  await page.goto(appUrl);
  await page.getByRole('link', { name: 'Ballard', exact: true }).waitFor();

  await choosePackFile(page, appUrl, packFile(harbour, 'harbour.json'));
  const status = page.getByRole('region', { name: 'From a recap pack file' }).getByRole('status');
  await expectIsolated(
    status.locator('p').first(),
    `Added ${SHOW_TITLE}, with 2 episodes.`,
    SHOW_TITLE,
  );
  await status
    .getByText(
      'Invisible or direction-changing characters were removed from 2 titles and names, so they cannot pass for other text: show.title, episodes[0].title.',
    )
    .waitFor();
  await expectIsolated(status.getByRole('link'), `Open ${SHOW_TITLE}`, SHOW_TITLE);
  await expectNoOverride(page);
  await expectSoundPage(session, covered, 'the import report');

  await choosePackFile(page, appUrl, packFile(harbour, 'harbour.json'));
  const question = page.getByRole('alertdialog').getByRole('heading');
  await expectIsolated(question, `Replace “${SHOW_TITLE}”?`, SHOW_TITLE);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expectIsolated(
    status.locator('p').first(),
    `${SHOW_TITLE} was left as it was.`,
    SHOW_TITLE,
  );

  await page.getByRole('link', { name: 'Library' }).click();
  const tile = page.getByRole('listitem').filter({ hasText: SHOW_TITLE });
  await expectIsolated(
    tile.getByRole('link', { name: /^Next:/ }),
    `Next: S1E1 · ${EPISODE_TITLE}`,
    EPISODE_TITLE,
  );
  await expectNoOverride(page);
  await expectSoundPage(session, covered, 'the library');

  await tile.getByRole('link', { name: SHOW_TITLE, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: SHOW_TITLE }).waitFor();
  await expectNoOverride(page);
  await expectSoundPage(session, covered, 'the show page');
});

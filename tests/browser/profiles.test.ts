import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { ballardCodesThrough, ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { markWatchedThrough } from './support/marks';
import { expectSoundPage, watchedCheckbox } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const BALLARD_CODES = ballardCodesThrough(10);

async function watchedOnShowPage(page: Page): Promise<string[]> {
  await page.getByRole('heading', { level: 1, name: 'Ballard' }).waitFor();
  const checked = await Promise.all(
    BALLARD_CODES.map((code) => watchedCheckbox(page, code).isChecked()),
  );
  return BALLARD_CODES.filter((_, index) => checked[index]);
}

async function openBallard(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: 'Ballard', exact: true }).click();
}

test('two profiles at different points watch Ballard together: the room sees what the one behind has seen, and a mark is for both', async () => {
  const session = await openSession(browser);
  const { page } = session;

  // "Me" has seen all of Ballard but S1E3.
  await page.goto(`${inject('appUrl')}shows/ballard`);
  await markWatchedThrough(page, 'S1E10');
  await watchedCheckbox(page, 'S1E3').uncheck();

  // Ben, a second profile, has seen S1E1 and S1E2.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByLabel('New profile').fill('Ben');
  await page.getByRole('button', { name: 'Add profile' }).click();
  await page.getByLabel('Profile', { exact: true }).selectOption({ label: 'Ben' });
  // In the app, as a person would go: a reload at once could overtake the switch being saved.
  await openBallard(page);
  await markWatchedThrough(page, 'S1E2');
  // Back to Me, who is further ahead: the room must not show what Me alone may see.
  await page.getByLabel('Profile', { exact: true }).selectOption({ label: 'Me' });

  await page.getByRole('button', { name: 'Watching together' }).click();
  const who = page.getByRole('group', { name: 'Who is watching?' });
  await who.getByRole('checkbox', { name: 'Me' }).check();
  await who.getByRole('checkbox', { name: 'Ben' }).check();
  await page.getByRole('button', { name: 'Watch together' }).click();

  const banner = page.getByRole('region', { name: 'Watching together' });
  await expect.poll(() => banner.textContent()).toContain('Watching together: Me, Ben');
  expect(await watchedOnShowPage(page)).toEqual(['S1E1', 'S1E2']);
  await expectSoundPage(session, ballardCovered(['S1E1', 'S1E2']), 'the show page together');

  await watchedCheckbox(page, 'S1E3').check();
  await expect.poll(() => watchedOnShowPage(page)).toEqual(['S1E1', 'S1E2', 'S1E3']);
  await page.getByRole('link', { name: /^S1E10\b/ }).click();
  await page.getByRole('heading', { level: 1, name: /S1E10/ }).waitFor();
  await expect.poll(() => banner.textContent()).toContain('Watching together: Me, Ben');
  await expectSoundPage(session, ballardCovered(ballardCodesThrough(3)), 'the finale together');

  // Each alone: the mark of S1E3 is theirs too.
  await openBallard(page);
  await page.getByRole('button', { name: 'Stop watching together' }).click();
  await expect.poll(() => watchedOnShowPage(page)).toEqual(BALLARD_CODES);
  await page.getByLabel('Profile', { exact: true }).selectOption({ label: 'Ben' });
  await expect.poll(() => watchedOnShowPage(page)).toEqual(ballardCodesThrough(3));
  expect(await banner.count()).toBe(0);
  await session.context.close();
});

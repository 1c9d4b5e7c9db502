import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { expectPlaceholders, expectSoundPage, watchedCheckbox } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

test("two tabs see each other's marks within a second, and both marks survive a reload", async () => {
  const session = await openSession(browser);
  const first = session.page;
  const showUrl = `${inject('appUrl')}shows/ballard`;
  await first.goto(showUrl);
  await expectPlaceholders(first, 'S1E10', 2);
  const second = await session.context.newPage();
  await second.goto(showUrl);
  await expectPlaceholders(second, 'S1E10', 2);
  const tabs = [first, second];
  const seenWithin = { timeout: 1_000, interval: 25 };

  await watchedCheckbox(first, 'S1E2').check();
  await expect.poll(() => watchedCheckbox(second, 'S1E2').isChecked(), seenWithin).toBe(true);
  await watchedCheckbox(second, 'S1E5').check();
  await expect.poll(() => watchedCheckbox(first, 'S1E5').isChecked(), seenWithin).toBe(true);

  const covered = ballardCovered(['S1E2', 'S1E5']);
  for (const [index, page] of tabs.entries()) {
    await expectSoundPage({ ...session, page }, covered, `tab ${index + 1} before reloading`);
  }

  await Promise.all(tabs.map((page) => page.reload()));
  for (const [index, page] of tabs.entries()) {
    await expectPlaceholders(page, 'S1E10', 2);
    for (const code of ['S1E2', 'S1E5']) {
      expect(await watchedCheckbox(page, code).isChecked(), `${code} in tab ${index + 1}`).toBe(
        true,
      );
    }
    for (const code of ['S1E1', 'S1E3', 'S1E4', 'S1E6']) {
      expect(await watchedCheckbox(page, code).isChecked(), `${code} in tab ${index + 1}`).toBe(
        false,
      );
    }
    await expectSoundPage({ ...session, page }, covered, `tab ${index + 1} after reloading`);
  }
  await session.context.close();
});

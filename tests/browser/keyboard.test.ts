import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { BALLARD, ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { expectPlaceholders, expectSoundPage, watchedCheckbox } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it never gets there. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 150; presses++) {
    await page.keyboard.press(key);
    if (await isFocused(target)) return;
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

test('marking, revealing through the dialog and hiding again work with the keyboard alone', async () => {
  const session = await openSession(browser);
  const { page } = session;
  await page.goto(`${inject('appUrl')}shows/ballard`);
  await expectPlaceholders(page, 'S1E10', 2);

  await tabTo(page, watchedCheckbox(page, 'S1E1'));
  await page.keyboard.press('Space');
  await expect.poll(() => watchedCheckbox(page, 'S1E1').isChecked()).toBe(true);

  const firstReveal = page.getByRole('button', { name: 'Reveal' }).first();
  await tabTo(page, firstReveal);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: 'Reveal something from S1E10?' });
  await dialog.waitFor();
  expect(await isFocused(dialog.getByRole('button', { name: 'Cancel' })), 'focus on Cancel').toBe(
    true,
  );
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await isFocused(firstReveal), 'focus back on Reveal after Escape').toBe(true);
  await expectPlaceholders(page, 'S1E10', 2);

  await page.keyboard.press('Enter');
  await dialog.waitFor();
  // Focus stays inside the dialog: from Cancel, Shift+Tab wraps round to its Reveal button.
  await page.keyboard.press('Shift+Tab');
  expect(await isFocused(dialog.getByRole('button', { name: 'Reveal' })), 'focus trapped').toBe(
    true,
  );
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await expectPlaceholders(page, 'S1E10', 1);

  const revealedId = await revealedEntryId(page);
  await expectSoundPage(session, ballardCovered(['S1E1'], [revealedId]), 'one item revealed');

  const hideAgain = page
    .getByRole('region', { name: 'Revealed early' })
    .getByRole('button', { name: 'Hide again' });
  await tabTo(page, hideAgain);
  await page.keyboard.press('Enter');
  await expectPlaceholders(page, 'S1E10', 2);
  await expectSoundPage(session, ballardCovered(['S1E1']), 'hidden again');
  await session.context.close();
});

/** Which of the show page's two finale items the first Reveal button uncovered. */
async function revealedEntryId(page: Page): Promise<string> {
  const text = await page.locator('main').innerText();
  const shown = BALLARD.entries.filter(
    (entry) => entry.spoils === 'S1E10' && text.includes(entry.body.slice(0, 30)),
  );
  expect(shown.map((entry) => entry.id)).toHaveLength(1);
  return shown[0]!.id;
}

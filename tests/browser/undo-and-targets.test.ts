import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ballardCodesThrough, ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { markWatchedThrough } from './support/marks';
import { expectPlaceholders, expectSoundPage, watchedCheckbox } from './support/page-checks';
import { untilStoredWatched } from './support/site-data';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const ALL_CODES = ballardCodesThrough(10);

async function checkedCodes(page: Page): Promise<string[]> {
  const checked: string[] = [];
  for (const code of ALL_CODES)
    if (await watchedCheckbox(page, code).isChecked()) checked.push(code);
  return checked;
}

describe('undo', () => {
  test('"Mark watched through S1E9" and then Undo leaves progress exactly as it was', async () => {
    const session = await openSession(browser);
    const { page } = session;
    await page.goto(`${inject('appUrl')}shows/ballard`);
    await expectPlaceholders(page, 'S1E10', 2);
    await watchedCheckbox(page, 'S1E3').check();
    await page.getByRole('button', { name: 'Dismiss offer for S1E3' }).click();
    expect(await checkedCodes(page)).toEqual(['S1E3']);

    await markWatchedThrough(page, 'S1E9');
    expect(await checkedCodes(page)).toEqual(ballardCodesThrough(9));
    const undo = page.getByRole('button', {
      name: 'Undo: marked 8 episodes from S1E1 to S1E9 watched',
      exact: true,
    });
    // Scrolled down to the last row, the Undo is still in view.
    await watchedCheckbox(page, 'S1E10').scrollIntoViewIfNeeded();
    await expectInViewport(page, undo);
    await expectSoundPage(session, ballardCovered(ballardCodesThrough(9)), 'the offer to undo');

    await undo.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Undone: marked 8 episodes from S1E1 to S1E9 watched.').waitFor();
    await expect.poll(() => checkedCodes(page)).toEqual(['S1E3']);
    await expectSoundPage(session, ballardCovered(['S1E3']), 'the show page after undoing');

    await untilStoredWatched(page, 'ballard', ['S1E3']);
    await page.reload();
    await expectPlaceholders(page, 'S1E10', 2);
    expect(await checkedCodes(page)).toEqual(['S1E3']);
    await page.getByRole('link', { name: 'Library' }).click();
    await page.getByRole('progressbar', { name: 'Ballard: 1 of 10 watched' }).waitFor();
    await page.getByText('2 skipped', { exact: true }).waitFor();
    await session.context.close();
  });
});

async function expectInViewport(page: Page, locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport).toBeTruthy();
  if (!box || !viewport) return;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
}

/** WCAG 2.2, 2.5.8: every target in the list is at least 24 by 24 CSS pixels. */
async function expectTargetsAtLeast24(page: Page, where: string): Promise<void> {
  const episodes = page.getByRole('region', { name: 'Episodes' });
  const targets = [
    ...(await episodes.getByRole('checkbox').all()),
    ...(await episodes.getByRole('button').all()),
    ...(await episodes.getByRole('link').all()),
  ];
  expect(targets.length).toBeGreaterThan(20);
  for (const target of targets) {
    const box = await target.boundingBox();
    const name = `${await target.evaluate((element) => element.outerHTML.slice(0, 80))} ${where}`;
    expect(box, name).not.toBeNull();
    expect(box?.width, name).toBeGreaterThanOrEqual(24);
    expect(box?.height, name).toBeGreaterThanOrEqual(24);
  }
}

describe('touch targets', () => {
  test('every checkbox, button and link of the episode list is at least 24 px square', async () => {
    const session = await openSession(browser);
    const { page } = session;
    await page.goto(`${inject('appUrl')}shows/ballard`);
    await expectPlaceholders(page, 'S1E10', 2);
    // With an offer open, its buttons are measured too, and the Undo's.
    await watchedCheckbox(page, 'S1E4').check();
    await page.getByRole('button', { name: 'Also mark S1E1–S1E3 watched' }).waitFor();
    await expectTargetsAtLeast24(page, 'on a wide window');
    const undoButtons = page.getByRole('button', { name: /^(Undo|Dismiss message): / });
    expect(await undoButtons.count()).toBe(2);
    for (const button of await undoButtons.all()) {
      const box = await button.boundingBox();
      expect(box?.width).toBeGreaterThanOrEqual(24);
      expect(box?.height).toBeGreaterThanOrEqual(24);
    }

    await page.setViewportSize({ width: 320, height: 640 });
    await expectTargetsAtLeast24(page, 'on a 320 px wide window');
    await session.context.close();
  });
});

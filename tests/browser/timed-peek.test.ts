import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { ballardCovered, FINALE_PLACEHOLDERS } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { expectPlaceholders, expectSoundPage } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const SISTER_KILLER = "Who killed the councilman's sister";

/** Presses a finale placeholder's Peek, and Peek again in the question it asks. */
async function peekConfirmed(page: Page, peek: Locator) {
  await peek.click();
  await page
    .getByRole('alertdialog', { name: 'Peek at something from S1E10?' })
    .getByRole('button', { name: 'Peek', exact: true })
    .click();
}

test('a peek at a finale reveal shows it with a countdown, then leaves nothing behind, even after a reload', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const finale = `${inject('appUrl')}shows/ballard/episodes/S1E10`;
  const covered = ballardCovered([]);

  await page.goto(finale);
  await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
  // The finale's placeholders stand in pack order: its recap, then its first reveal.
  await peekConfirmed(page, page.getByRole('button', { name: 'Peek', exact: true }).nth(1));

  await page.getByRole('heading', { name: SISTER_KILLER }).waitFor();
  expect(await page.getByRole('timer').textContent()).toMatch(/^Peeking · [1-5]$/);

  await page.waitForFunction(() => document.querySelector('[role="timer"]') === null);
  expect(await page.getByRole('heading', { name: SISTER_KILLER }).count()).toBe(0);
  await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Peek');
  await expectSoundPage(session, covered, 'the finale after a peek ended');

  await page.reload();
  await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
  await expectSoundPage(session, covered, 'the finale reloaded after a peek');
  await session.context.close();
});

test('a peeked item fades in only where motion is welcome, and with reduced motion nothing moves', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const finale = `${inject('appUrl')}shows/ballard/episodes/S1E10`;
  const expected = { 'no-preference': 'peek-in', reduce: 'none' } as const;

  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    await page.emulateMedia({ reducedMotion });
    await page.goto(finale);
    await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
    await peekConfirmed(page, page.getByRole('button', { name: 'Peek', exact: true }).first());

    const peeked = page.getByRole('listitem').filter({ has: page.getByRole('timer') });
    const animationName = await peeked.evaluate((item) => getComputedStyle(item).animationName);
    expect(animationName, reducedMotion).toBe(expected[reducedMotion]);
    if (reducedMotion === 'reduce') {
      expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
    }
    await page.getByRole('button', { name: 'Cover now' }).click();
    await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
  }
  await session.context.close();
});

test('a peek at strict mode’s one finale placeholder shows all it stands for, then leaves nothing in the page', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const appUrl = inject('appUrl');

  await page.goto(`${appUrl}shows/ballard`);
  await page.getByRole('checkbox', { name: 'Strict mode' }).check();
  await page.goto(`${appUrl}shows/ballard/episodes/S1E10`);
  const entries = page.getByRole('region', { name: 'Recap, reveals and facts' });
  await expectPlaceholders(page, 'S1E10', 1);
  await peekConfirmed(page, entries.getByRole('button', { name: 'Peek', exact: true }));

  await entries.getByRole('heading', { name: SISTER_KILLER }).waitFor();
  expect(await entries.getByRole('timer').count()).toBe(1);
  await page.waitForFunction(() => document.querySelector('[role="timer"]') === null);
  await expectPlaceholders(page, 'S1E10', 1);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Peek');
  await expectSoundPage(session, ballardCovered([]), 'the strict finale after a peek ended');
  await session.context.close();
});

import type { Browser, Page } from 'playwright-core';
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

/** Ballard's only air date, on S1E1. */
const AIR_DATE = '2025-07-09';

/** What the browser gives a screen reader as each Reveal button's description: its placeholder. */
async function revealDescriptions(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes
    .filter((node) => node.role?.value === 'button' && node.name?.value === 'Reveal')
    .map((node) => String(node.description?.value ?? ''));
}

test('strict mode, switched on from the show page, gives the finale one placeholder and no count or air date anywhere', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const appUrl = inject('appUrl');
  const watched = ['S1E1', 'S1E2', 'S1E3'];
  const covered = ballardCovered(watched);

  await page.goto(`${appUrl}shows/ballard`);
  await page.getByRole('heading', { level: 1, name: 'Ballard' }).waitFor();
  const strict = page.getByRole('checkbox', { name: 'Strict mode' });
  await strict.check();
  expect(await strict.isChecked()).toBe(true);
  // Listed one at a time: strict mode shows no episode past the next.
  for (const code of watched) await watchedCheckbox(page, code).check();
  await watchedCheckbox(page, 'S1E4').waitFor();
  expect(await watchedCheckbox(page, 'S1E5').count()).toBe(0);
  expect(await page.locator('body').textContent()).not.toMatch(/\bof 10\b/);
  await expectSoundPage(session, covered, 'the show page in strict mode');

  await page.goto(`${appUrl}shows/ballard/episodes/S1E10`);
  await page.getByRole('heading', { level: 1, name: /^S1E10\b/ }).waitFor();
  const entries = page.getByRole('region', { name: 'Recap, reveals and facts' });
  await expectPlaceholders(page, 'S1E10', 1);
  expect(await entries.getByRole('button', { name: 'Reveal', exact: true }).count()).toBe(1);
  expect(await revealDescriptions(page)).toEqual(['Something here · Opens after S1E10']);
  expect(await page.getByText(/Aired/).count()).toBe(0);
  await expectSoundPage(session, covered, 'the finale in strict mode');

  await page.goto(`${appUrl}shows/ballard/episodes/S1E1`);
  await page.getByRole('heading', { level: 1, name: /^S1E1\b/ }).waitFor();
  expect(await page.locator('body').textContent()).not.toContain(AIR_DATE);
  await expectSoundPage(session, covered, 'S1E1 in strict mode');

  await page.getByRole('link', { name: 'Library' }).click();
  const tile = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Ballard', exact: true }) });
  await tile.getByText('3 watched', { exact: true }).waitFor();
  expect(await tile.textContent()).not.toMatch(/\bof 10\b/);
  expect(await tile.getByRole('progressbar').count()).toBe(0);
  await expectSoundPage(session, covered, 'the library in strict mode');
  await session.context.close();
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { ballardCovered, FINALE_PLACEHOLDERS, FINALE_RECAP_TITLE } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { expectPlaceholders, expectSoundPage, watchedCheckbox } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('the other pages', () => {
  test('settings: choosing titles, and a reset that covers the finale again', async () => {
    const session = await openSession(browser);
    const { page } = session;
    const appUrl = inject('appUrl');
    await page.goto(`${appUrl}shows/ballard/episodes/S1E10`);
    await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
    await watchedCheckbox(page, 'S1E10').check();
    await page.getByRole('heading', { name: FINALE_RECAP_TITLE }).waitFor();

    await page.getByRole('link', { name: 'Settings' }).click();
    const titles = page.getByRole('group', { name: 'Upcoming episode titles' });
    await titles.waitFor();
    expect(await titles.getByRole('radio', { name: 'Next episode only' }).isChecked()).toBe(true);
    await titles.getByRole('radio', { name: 'None' }).check();
    await expectSoundPage(session, ballardCovered(['S1E10']), 'the settings page');

    await page.getByRole('button', { name: 'Reset progress' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Reset your progress on Ballard?' });
    await expectSoundPage(session, ballardCovered(['S1E10']), 'the reset dialog');
    await dialog.getByRole('button', { name: 'Reset progress' }).click();
    await page.getByText('Your progress on Ballard was reset.').waitFor();
    await expectSoundPage(session, ballardCovered([]), 'the settings page after the reset');

    await page.reload();
    await expect.poll(() => titles.getByRole('radio', { name: 'None' }).isChecked()).toBe(true);
    await page.goto(`${appUrl}shows/ballard/episodes/S1E10`);
    await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
    expect(await watchedCheckbox(page, 'S1E10').isChecked()).toBe(false);
    await expectSoundPage(session, ballardCovered([]), 'the S1E10 page after the reset');
    await session.context.close();
  });

  test('backup and export', async () => {
    const session = await openSession(browser);
    await session.page.goto(inject('appUrl'));
    await session.page.getByRole('link', { name: 'Next: S1E1' }).waitFor();
    await session.page.getByRole('link', { name: 'Backup' }).click();
    await session.page.getByRole('heading', { level: 1, name: 'Backup and export' }).waitFor();
    for (const section of ['Export a show', 'Full backup', 'Restore']) {
      await session.page.getByRole('heading', { level: 2, name: section }).waitFor();
    }
    await expectSoundPage(session, ballardCovered([]), 'the backup page');
    await session.context.close();
  });

  test.each([
    ['an unknown address', 'no-such-page', 'No such page'],
    ['an unknown show', 'shows/no-such-show', 'No such show'],
    ['an unknown episode', 'shows/ballard/episodes/S9E99', 'No such episode'],
  ])('%s gets a plain "not found" page', async (_what, path, heading) => {
    const session = await openSession(browser);
    await session.page.goto(`${inject('appUrl')}${path}`);
    await session.page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await session.page.getByRole('link', { name: 'Back to your shows' }).waitFor();
    await expectSoundPage(session, ballardCovered([]), `the page for ${path}`);
    await session.context.close();
  });

  test('the accessibility check fails on a page with a violation', async () => {
    const session = await openSession(browser);
    await session.page.goto(inject('appUrl'));
    await session.page.getByRole('heading', { name: 'Your shows' }).waitFor();
    await session.page.evaluate(() => {
      const image = document.createElement('img');
      image.src = '/favicon.svg';
      document.querySelector('main')?.append(image);
    });
    await expect(expectNoAxeViolations(session.page, 'the library')).rejects.toThrow(/image-alt/);
    await session.context.close();
  });
});

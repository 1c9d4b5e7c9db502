import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { expectPlaceholders, expectSoundPage, watchedCheckbox } from './support/page-checks';
import { dumpSiteData, keysOf } from './support/site-data';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

test('after another tab deletes the database, a mark made since and everything else are written back', async () => {
  const session = await openSession(browser);
  const first = session.page;
  const showUrl = `${inject('appUrl')}shows/ballard`;
  await first.goto(showUrl);
  await watchedCheckbox(first, 'S1E2').waitFor();
  await expectPlaceholders(first, 'S1E10', 2);
  await watchedCheckbox(first, 'S1E2').check();
  await first.getByText('You marked S1E2 watched.').waitFor();

  const second = await session.context.newPage();
  await second.goto(showUrl);
  await watchedCheckbox(second, 'S1E2').waitFor();
  // As devtools or a script in another tab would: delete the app's database outright.
  await second.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('previously');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );

  const notice = first
    .getByRole('alert')
    .filter({ hasText: "Another tab deleted Previously's stored data." });
  await notice.waitFor();
  expect(await notice.textContent()).toContain(
    'This tab still holds your progress, reveals and notes.',
  );
  expect(await notice.textContent()).not.toMatch(/private/i);
  await expectSoundPage(session, ballardCovered(['S1E2']), 'the notice after the delete');

  await watchedCheckbox(first, 'S1E5').check();
  await expect.poll(() => watchedCheckbox(first, 'S1E5').isChecked()).toBe(true);
  await first.getByRole('button', { name: "Write this tab's data back" }).click();
  await first.getByText(/^This tab's data was written back/).waitFor();

  await first.reload();
  await watchedCheckbox(first, 'S1E2').waitFor();
  await expectPlaceholders(first, 'S1E10', 2);
  for (const code of ['S1E2', 'S1E5']) {
    expect(await watchedCheckbox(first, code).isChecked(), code).toBe(true);
  }
  expect(await watchedCheckbox(first, 'S1E1').isChecked()).toBe(false);
  const stored = await dumpSiteData(first);
  expect(keysOf(stored, 'shows')).toEqual(['ballard']);
  expect(keysOf(stored, 'entries')).toEqual(['ballard']);
  expect(keysOf(stored, 'progress')).toEqual([
    ['first', 'ballard', 'S1E2'],
    ['first', 'ballard', 'S1E5'],
  ]);
  await expectSoundPage(session, ballardCovered(['S1E2', 'S1E5']), 'after the reload');
  await session.context.close();
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { entry, episode, pack, seasonCodes } from '../../src/domain/testing/pack-builders';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { markWatchedThrough } from './support/marks';
import { choosePackFile, packFile } from './support/pack-files';
import { watchedCheckbox } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const SHOW = {
  id: 'long-harbour',
  title: 'Long Harbour',
  network: null,
  premiered: null,
  summary: null,
};

/** A few megabytes: large enough to be read, checked and saved in stages, quick to generate. */
function longHarbour(episodes: number, recapWords: number) {
  const codes = seasonCodes(1, episodes);
  const words = 'the keeper rows out past the breakwater while the fog comes in '.repeat(
    Math.ceil(recapWords / 12),
  );
  return pack({
    show: SHOW,
    episodes: codes.map((code) => episode(code, { title: `Tide ${code}` })),
    entries: codes.flatMap((code) => [
      entry(`recap-${code}`, code, { kind: 'recap', title: `Recap ${code}`, body: words }),
      entry(`reveal-${code}`, code, { title: `Reveal ${code}`, body: words.slice(0, 200) }),
    ]),
  });
}

/**
 * Another tab's long write, as far as this import can tell: a readwrite transaction on the shows
 * kept busy until released, so the import's own transaction waits in the Saving stage.
 */
async function holdShows(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('previously');
        request.onerror = () => reject(new Error('could not open the database'));
        request.onsuccess = () => {
          const database = request.result;
          const store = database.transaction('shows', 'readwrite').objectStore('shows');
          const state = window as unknown as { releaseShows?: () => void };
          let held = true;
          state.releaseShows = () => (held = false);
          const keepBusy = () => {
            if (held) store.get('long-harbour').onsuccess = keepBusy;
            else database.close();
          };
          keepBusy();
          resolve();
        };
      }),
  );
  return () =>
    page.evaluate(() => (window as unknown as { releaseShows: () => void }).releaseShows());
}

test('a large pack is imported in a worker with progress, and Cancel leaves the old copy whole', async () => {
  const { page } = await openSession(browser);
  const appUrl = inject('appUrl');
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(appUrl);
  await page.getByRole('link', { name: 'Ballard', exact: true }).waitFor();
  await page.getByRole('link', { name: 'Add a show' }).click();

  await choosePackFile(page, appUrl, packFile(longHarbour(3, 10), 'long-harbour.json'));
  await page.getByText('Added Long Harbour, with 3 episodes.').waitFor();
  await page.getByRole('link', { name: 'Open Long Harbour' }).click();
  await markWatchedThrough(page, 'S1E2');
  await page.getByRole('link', { name: 'Add a show' }).click();

  const large = packFile(longHarbour(2_000, 150), 'long-harbour-whole.json');
  expect(large.buffer.length).toBeGreaterThan(2_500_000);
  const release = await holdShows(page);
  await page.getByLabel('Import recap pack').setInputFiles(large);
  const replace = page.getByRole('alertdialog', { name: 'Replace “Long Harbour”?' });
  await replace.getByRole('button', { name: 'Replace' }).click();
  const progress = page.getByRole('progressbar', { name: 'Import progress' });
  await expect.poll(() => progress.getAttribute('aria-valuetext')).toMatch(/^Saving: \d+%$/);
  await page.getByRole('button', { name: 'Cancel import' }).click();
  await page.getByText('Import cancelled. Nothing was changed.').waitFor();
  expect(await progress.count()).toBe(0);
  await release();
  expect(workers.some((url) => url.includes('import-worker'))).toBe(true);

  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: 'Long Harbour', exact: true }).click();
  await watchedCheckbox(page, 'S1E3').waitFor();
  expect(await page.getByRole('checkbox', { name: /^Watched / }).count()).toBe(3);
  expect(await watchedCheckbox(page, 'S1E2').isChecked()).toBe(true);
  expect(await watchedCheckbox(page, 'S1E3').isChecked()).toBe(false);

  await page.getByRole('link', { name: 'Add a show' }).click();
  await choosePackFile(page, appUrl, large);
  await replace.getByRole('button', { name: 'Replace' }).click();
  await page.getByText('Replaced Long Harbour, with 2000 episodes.').waitFor();
  await page.getByRole('link', { name: 'Open Long Harbour' }).click();
  await watchedCheckbox(page, 'S1E3').waitFor();
  expect(await watchedCheckbox(page, 'S1E2').isChecked()).toBe(true);
});

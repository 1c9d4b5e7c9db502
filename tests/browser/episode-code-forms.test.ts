import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Pack } from '../../src/domain/pack';
import { episode, pack } from '../../src/domain/testing/pack-builders';
import { ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { coveredStrings } from './support/covered-strings';
import { choosePackFile, packFile } from './support/pack-files';
import { expectSoundPage, watchedCheckbox } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

function harbour(codes: readonly string[]): Pack {
  const titles = ['Low Tide', 'The Lamp Room', 'Wreckers'];
  return pack({
    show: { id: 'harbour', title: 'Harbour', network: null, premiered: null, summary: null },
    episodes: codes.map((code, index) =>
      episode(code, { title: titles[index] ?? null, synopsis: `What ${titles[index]} holds.` }),
    ),
  });
}

test('a show with S01E01 marked, replaced by a pack that writes S1E1, still shows it watched', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const appUrl = inject('appUrl');
  const before = harbour(['S01E01', 'S01E02', 'S01E03']);

  // What an earlier version of the app stored: codes as the pack wrote them, S01E01 marked.
  const blank = `${appUrl}before-the-app.html`;
  await page.route(blank, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>Before</title><link rel="icon" href="data:,">',
    }),
  );
  await page.goto(blank);
  await page.evaluate(async ({ show, episodes, characters }) => {
    const opened = indexedDB.open('previously', 3);
    opened.onupgradeneeded = () => {
      for (const store of ['shows', 'settings', 'entries', 'progress', 'reveals', 'quarantine']) {
        opened.result.createObjectStore(store);
      }
      opened.result.createObjectStore('notes', { keyPath: 'id' }).createIndex('byShow', 'showId');
    };
    const database = await new Promise<IDBDatabase>((resolve, reject) => {
      opened.onsuccess = () => resolve(opened.result);
      opened.onerror = () => reject(opened.error);
    });
    const transaction = database.transaction(['shows', 'entries', 'progress'], 'readwrite');
    transaction.objectStore('shows').put({ show, episodes, characters }, show.id);
    transaction.objectStore('entries').put([], show.id);
    transaction.objectStore('progress').put({ watchedAt: 1 }, [show.id, 'S01E01']);
    await new Promise((resolve, reject) => {
      transaction.oncomplete = resolve;
      transaction.onerror = () => reject(transaction.error);
    });
    database.close();
  }, before);

  const after = harbour(['S1E1', 'S1E2', 'S1E3']);
  const covered = [...ballardCovered([]), ...coveredStrings(after, { watched: ['S1E1'] })];
  await page.goto(`${appUrl}shows/harbour`);
  await page.getByRole('heading', { level: 1, name: 'Harbour' }).waitFor();
  expect(await watchedCheckbox(page, 'S1E1').isChecked()).toBe(true);

  await choosePackFile(page, appUrl, packFile(after, 'harbour.json'));
  const replace = page.getByRole('alertdialog', { name: 'Replace “Harbour”?' });
  await replace.getByRole('button', { name: 'Replace' }).click();
  await page.getByText('Your progress, reveals and notes on it are kept.').waitFor();
  await expectSoundPage(session, covered, 'the report of the replacement');

  await page.getByRole('link', { name: 'Open Harbour' }).click();
  await watchedCheckbox(page, 'S1E3').waitFor();
  expect(await watchedCheckbox(page, 'S1E1').isChecked()).toBe(true);
  expect(await watchedCheckbox(page, 'S1E2').isChecked()).toBe(false);
  await page.getByRole('link', { name: 'S1E2 The Lamp Room' }).waitFor();
  expect(await page.getByText('Wreckers').count()).toBe(0);
  await expectSoundPage(session, covered, 'the replaced show, S1E1 watched');
  await session.context.close();
});

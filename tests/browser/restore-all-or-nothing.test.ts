import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { asInputFile, downloadFrom } from './support/downloads';
import { markWatchedThrough } from './support/marks';
import { expectSoundPage, watchedCheckbox } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const NOTE_TITLE = 'Who rang the desk';
/** An array nested 200,000 deep: valid JSON, which the browser cannot clone into storage. */
const DEEP_ARRAY = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;

test('a backup whose set-aside record cannot be stored leaves every note and mark, and says so', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const appUrl = inject('appUrl');
  await page.goto(`${appUrl}shows/ballard`);
  await markWatchedThrough(page, 'S1E2');
  await page.goto(`${appUrl}backup`);
  const saved = await downloadFrom(
    page,
    page.getByRole('button', { name: 'Download full backup' }),
  );
  const backup = JSON.parse(saved.text) as { quarantine: unknown[] };
  backup.quarantine = [
    { store: 'shows', key: 'broken', reason: 'unreadable', at: 1, value: 'DEEP' },
  ];
  const deepBackup = JSON.stringify(backup).replace('"DEEP"', DEEP_ARRAY);

  // What the backup lacks: a third mark and a note, which a restore that failed must keep.
  await page.goto(`${appUrl}shows/ballard`);
  await watchedCheckbox(page, 'S1E3').check();
  await page.getByRole('checkbox', { name: 'Watched S1E3', exact: true, checked: true }).waitFor();
  await page.goto(`${appUrl}shows/ballard/episodes/S1E3`);
  const form = page.getByRole('form', { name: 'Add a note' });
  await form.getByRole('textbox', { name: 'Title' }).fill(NOTE_TITLE);
  await form.getByRole('textbox', { name: 'Note' }).fill('Someone called the desk at *midnight*.');
  await form.getByRole('button', { name: 'Save note' }).click();
  await page.getByRole('heading', { level: 3, name: NOTE_TITLE }).waitFor();

  await page.getByRole('link', { name: 'Backup' }).click();
  const restore = page.getByRole('region', { name: 'Restore' });
  await restore
    .getByLabel('Restore from backup')
    .setInputFiles(asInputFile({ name: 'deep-backup.json', text: deepBackup }));
  const dialog = page.getByRole('alertdialog', {
    name: 'Replace everything in this browser with the backup?',
  });
  await dialog.getByRole('button', { name: 'Replace' }).click();
  const alert = restore.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(
    /^The backup was not restored:Could not store the backup: writing set-aside record 1 of 1 failed \((DataCloneError|RangeError)\)\. Nothing was changed\.$/,
  );
  const watched = ['S1E1', 'S1E2', 'S1E3'];
  await expectSoundPage(session, ballardCovered(watched), 'the backup page after the failure');

  // Read back from storage, not from what the tab held.
  await page.goto(`${appUrl}shows/ballard/episodes/S1E3`);
  await page.getByRole('heading', { level: 3, name: NOTE_TITLE }).waitFor();
  await page.goto(`${appUrl}shows/ballard`);
  for (const code of watched) {
    await page
      .getByRole('checkbox', { name: `Watched ${code}`, exact: true, checked: true })
      .waitFor();
  }
  await session.context.close();
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { entry, episode, pack } from '../../src/domain/testing/pack-builders';
import { ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { coveredStrings } from './support/covered-strings';
import { choosePackFile, packFile } from './support/pack-files';
import { expectPlaceholders, expectSoundPage } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

function saltMarsh(secret: ReturnType<typeof entry>) {
  return pack({
    show: { id: 'salt-marsh', title: 'Salt Marsh', network: null, premiered: null, summary: null },
    episodes: ['S1E1', 'S1E2', 'S1E3'].map((code) => episode(code)),
    entries: [secret],
  });
}

const first = saltMarsh(
  entry('marsh-secret', 'S1E2', {
    title: 'What the heron saw',
    body: 'The heron saw the ferryman hide a lantern in the reeds.',
  }),
);
/** The same show again, giving that id to a different, later reveal. */
const replacing = saltMarsh(
  entry('marsh-secret', 'S1E3', {
    title: 'Where the lantern went',
    body: 'The lantern burns again on the far bank of the estuary.',
  }),
);

test('a revealed item whose id a replaced pack gives to another item leaves the other item covered', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const appUrl = inject('appUrl');

  await page.goto(appUrl);
  await page.getByRole('link', { name: 'Ballard', exact: true }).waitFor();
  await choosePackFile(page, appUrl, packFile(first, 'salt-marsh.json'));
  await page.getByText('Added Salt Marsh, with 3 episodes.').waitFor();

  await page.goto(`${appUrl}shows/salt-marsh/episodes/S1E2`);
  await expectPlaceholders(page, 'S1E2', 1);
  await page.getByRole('button', { name: 'Reveal', exact: true }).click();
  await page
    .getByRole('alertdialog', { name: 'Reveal something from S1E2?' })
    .getByRole('button', { name: 'Reveal', exact: true })
    .click();
  await page.getByRole('heading', { name: 'What the heron saw' }).waitFor();

  await choosePackFile(page, appUrl, packFile(replacing, 'salt-marsh.json'));
  const replace = page.getByRole('alertdialog', { name: 'Replace “Salt Marsh”?' });
  await replace.getByRole('button', { name: 'Replace' }).click();
  await page.getByText('Replaced Salt Marsh, with 3 episodes.').waitFor();

  const covered = [...ballardCovered([]), ...coveredStrings(replacing, { watched: [] })];
  await page.goto(`${appUrl}shows/salt-marsh/episodes/S1E3`);
  await expectPlaceholders(page, 'S1E3', 1);
  expect(await page.getByText('Where the lantern went').count()).toBe(0);
  await expectSoundPage(session, covered, 'the later episode after the replace');

  await page.goto(`${appUrl}shows/salt-marsh`);
  const revealed = page.getByRole('region', { name: 'Revealed early' });
  await revealed
    .getByText('1 revealed item changed since you revealed it, so it is covered again.')
    .waitFor();
  await expectSoundPage(session, covered, 'the show page after the replace');

  await page.reload();
  await page.goto(`${appUrl}shows/salt-marsh/episodes/S1E3`);
  await expectPlaceholders(page, 'S1E3', 1);
  await expectSoundPage(session, covered, 'the later episode after a reload');
  await session.context.close();
});

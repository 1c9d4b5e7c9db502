import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { BODY_LENGTH } from '../../src/domain/testing/adversarial-bodies';
import { entry, episode, pack } from '../../src/domain/testing/pack-builders';
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

const TOO_SLOW = 'Shown as plain text: its formatting took too long to read.';

/** The five bodies micromark reads slowest, each about 20 s at 100 KB; a sentence opens each. */
const SLOWEST_UNITS = ['*a', '[x]:\n', '[a](', 'a***', '[x\n'];
const opening = (index: number) => `The harbour log, part ${index + 1}.`;

function adversarialBody(unit: string, index: number): string {
  const start = `${opening(index)}\n\n`;
  const length = BODY_LENGTH - start.length;
  return start + unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

const logbook = pack({
  show: { id: 'logbook', title: 'Logbook', network: null, premiered: null, summary: null },
  episodes: [episode('S1E1'), episode('S1E2')],
  entries: SLOWEST_UNITS.map((unit, index) =>
    entry(`log-${index + 1}`, 'S1E1', {
      title: `Log ${index + 1}`,
      body: adversarialBody(unit, index),
    }),
  ),
});

test('a pack of five 100 KB bodies that are slow to format imports, and their page keeps answering', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const appUrl = inject('appUrl');
  const covered = [...ballardCovered([]), ...coveredStrings(logbook, { watched: ['S1E1'] })];
  await page.goto(appUrl);
  await page.getByRole('link', { name: 'Ballard', exact: true }).waitFor();

  await choosePackFile(page, appUrl, packFile(logbook, 'logbook.json'));
  await page.getByText('Added Logbook, with 2 episodes.').waitFor();
  await page.getByRole('link', { name: 'Open Logbook' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logbook' }).waitFor();
  await watchedCheckbox(page, 'S1E1').check();

  await page.getByRole('link', { name: /^S1E1\b/ }).click();
  await page.getByRole('heading', { level: 1, name: /S1E1/ }).waitFor();
  const watched = watchedCheckbox(page, 'S1E1');
  await watched.uncheck();
  expect(await watched.isChecked()).toBe(false);
  await watched.check();
  expect(await watched.isChecked()).toBe(true);

  for (const index of SLOWEST_UNITS.keys()) {
    await page.getByText(opening(index), { exact: true }).waitFor();
  }
  // Each body ends formatted, or as plain text that says its formatting took too long: which one
  // depends on the machine, but none may stay waiting.
  await expect
    .poll(() => page.locator('.markdown[aria-busy="true"]').count(), { timeout: 60_000 })
    .toBe(0);
  expect(await page.locator('.markdown').count()).toBe(SLOWEST_UNITS.length);
  await expectSoundPage(session, covered, 'the episode page of the five slow bodies');
  await session.context.close();
});

test('a long body of ordinary prose is formatted off the main thread', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const appUrl = inject('appUrl');
  const prose = 'The ferry crossed at dawn and the crew counted every passenger twice. ';
  const body = [
    'The captain *never* signed the log.',
    prose.repeat(140),
    'See the [harbour records](https://example.com/records) for the crossing.',
    '![The pier at night](https://example.com/pier.png)',
  ].join('\n\n');
  const ferry = pack({
    show: { id: 'ferry', title: 'Ferry', network: null, premiered: null, summary: null },
    episodes: [episode('S1E1')],
    entries: [entry('long-crossing', null, { kind: 'recap', title: 'The long crossing', body })],
  });
  await page.goto(appUrl);
  await page.getByRole('link', { name: 'Ballard', exact: true }).waitFor();
  await choosePackFile(page, appUrl, packFile(ferry, 'ferry.json'));
  await page.getByText('Added Ferry, with 1 episode.').waitFor();
  const worker = page.waitForEvent('worker');
  await page.getByRole('link', { name: 'Open Ferry' }).click();
  await page.getByRole('heading', { name: 'The long crossing' }).waitFor();

  expect((await worker).url()).toMatch(/markdown-worker/);
  await page.getByRole('link', { name: 'harbour records' }).waitFor();
  // Tidied as a short body is: the remote image is a link, never loaded.
  await page.getByRole('link', { name: 'The pier at night' }).waitFor();
  expect(await page.getByRole('img').count()).toBe(0);
  expect(
    await page
      .locator('em')
      .filter({ hasText: /^never$/ })
      .count(),
  ).toBe(1);
  expect(await page.getByText(TOO_SLOW).count()).toBe(0);
  await expectSoundPage(
    session,
    [...ballardCovered([]), ...coveredStrings(ferry, { watched: [] })],
    'the show page of the long body',
  );
  await session.context.close();
});

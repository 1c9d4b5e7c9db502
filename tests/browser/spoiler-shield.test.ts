import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  FINALE_ARTICLE,
  FINALE_SENTENCES,
  RENEWAL_SENTENCES,
} from '../fixtures/ballard-finale-article';
import { ballardCodesThrough, ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { markWatchedThrough } from './support/marks';
import { expectPlaceholders, expectSoundPage, watchedCheckbox } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

test('an article pasted before S1E10 comes back with its finale masked; after S1E10 nothing is', async () => {
  const session = await openSession(browser);
  const { page, context } = session;
  const requests: Request[] = [];
  context.on('request', (request) => requests.push(request));
  await page.goto(inject('appUrl'));
  await page.getByRole('link', { name: 'Ballard', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Ballard' }).waitFor();
  await markWatchedThrough(page, 'S1E9');

  await page.getByRole('link', { name: 'Check a text against Ballard' }).click();
  await page.getByRole('heading', { level: 1, name: 'Spoiler shield' }).waitFor();
  await page.getByRole('textbox', { name: 'Text to check' }).fill(FINALE_ARTICLE);
  await page.getByRole('button', { name: 'Check' }).click();
  const result = page.getByRole('region', { name: 'Checked against Ballard' });
  await result.getByRole('status').filter({ hasText: '4 of 7 sentences masked' }).waitFor();
  await expectPlaceholders(page, 'S1E10', 4);
  for (const sentence of RENEWAL_SENTENCES) await result.getByText(sentence).waitFor();

  const finale = FINALE_SENTENCES.map((text, index) => ({ source: `finale[${index}]`, text }));
  await expectSoundPage(
    session,
    [...ballardCovered(ballardCodesThrough(9)), ...finale],
    'the shield, finale masked',
  );
  expect(new URL(page.url()).search).toBe('?show=ballard');
  const stored = await page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((storage) => Object.values(storage)).join('\n'),
  );
  expect(stored).not.toContain('Prime Video has not yet ordered');
  const sent = requests.map((request) => `${request.url()}\n${request.postData() ?? ''}`);
  expect(sent.join('\n')).not.toContain('ordered');

  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: 'Ballard', exact: true }).click();
  await watchedCheckbox(page, 'S1E10').check();
  await page.getByRole('link', { name: 'Check a text against Ballard' }).click();
  await page.getByRole('textbox', { name: 'Text to check' }).fill(FINALE_ARTICLE);
  await page.getByRole('button', { name: 'Check' }).click();
  await result.getByRole('status').filter({ hasText: '0 of 7 sentences masked' }).waitFor();
  for (const sentence of FINALE_SENTENCES) await result.getByText(sentence).waitFor();
  await expectSoundPage(session, ballardCovered(ballardCodesThrough(10)), 'the shield, all open');
  await context.close();
});

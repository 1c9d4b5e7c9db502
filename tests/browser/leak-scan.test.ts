import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { expectNoLeak } from './support/page-watch';

/** The scan the other tests rely on must catch a covered string wherever a page could leak it. */

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const leaks: [string, (page: Page) => Promise<unknown>][] = [
  ['hidden text', (page) => page.evaluate(() => document.body.append('Robert Olivas'))],
  [
    'a data attribute',
    (page) => page.evaluate(() => document.body.setAttribute('data-entry', 'sister-killer')),
  ],
  [
    'an aria-label',
    (page) => page.evaluate(() => document.body.setAttribute('aria-label', 'Played by Noah Bean')),
  ],
  ['document.title', (page) => page.evaluate(() => (document.title = 'What Olivas really was'))],
  ['the URL', (page) => page.evaluate(() => history.replaceState(null, '', '/?entry=olivas-dies'))],
  // eslint-disable-next-line no-console -- what the page says on its console is under test
  ['the console', (page) => page.evaluate(() => console.info('loaded: Ricardo Chavira'))],
  [
    'rendered Markdown of a body',
    (page) =>
      page.evaluate(() => {
        const paragraph = document.createElement('p');
        paragraph.innerHTML = 'Her own father, <strong>Gary Pearlman</strong>. She had';
        document.body.append(paragraph);
      }),
  ],
];

describe('the leak scan', () => {
  test.each(leaks)('fails on a covered string in %s', async (_where, leak) => {
    const session = await openSession(browser);
    await session.page.goto(inject('appUrl'));
    await session.page.getByRole('link', { name: 'Ballard', exact: true }).waitFor();
    const covered = ballardCovered([]);
    await expectNoLeak(session.page, session.watch, covered, 'the untouched library');
    await leak(session.page);
    await expect(expectNoLeak(session.page, session.watch, covered, 'the library')).rejects.toThrow(
      /covered content reached the library/,
    );
    await session.context.close();
  });

  test('fails on a console error even without a covered string', async () => {
    const session = await openSession(browser);
    await session.page.goto(inject('appUrl'));
    // eslint-disable-next-line no-console -- what the page says on its console is under test
    await session.page.evaluate(() => console.error('something broke'));
    await expect(expectNoLeak(session.page, session.watch, [], 'the library')).rejects.toThrow(
      /problems reported on the library/,
    );
    await session.context.close();
  });
});

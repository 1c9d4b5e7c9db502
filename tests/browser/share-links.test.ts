import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import {
  BALLARD,
  ballardCodesThrough,
  ballardCovered,
  FINALE_PLACEHOLDERS,
} from './support/ballard';
import { openSession, type Session } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { markWatchedThrough } from './support/marks';
import { expectPlaceholders, expectSoundPage } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** A browser without a share sheet, whose clipboard the test may read: Share copies the link. */
async function clipboardSession(): Promise<Session> {
  const session = await openSession(browser);
  await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await session.context.addInitScript(() => {
    Reflect.deleteProperty(Navigator.prototype, 'share');
  });
  return session;
}

async function copiedLink(page: Page, safeUpTo: string): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('combobox', { name: 'Safe up to' }).selectOption(safeUpTo);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied').waitFor();
  return page.evaluate(() => navigator.clipboard.readText());
}

async function watchedEverything(session: Session): Promise<void> {
  await session.page.goto(`${inject('appUrl')}shows/ballard`);
  await markWatchedThrough(session.page, 'S1E10');
}

test('a shared link carries only codes, applies the recipient’s own gate, and its "safe up to" only covers more', async () => {
  const appUrl = inject('appUrl');
  const sender = await clipboardSession();
  await watchedEverything(sender);
  await sender.page.goto(`${appUrl}shows/ballard/episodes/S1E10`);
  const finaleLink = await copiedLink(sender.page, '');
  expect(finaleLink).toBe(`${appUrl}shows/ballard/episodes/S1E10`);
  await sender.page.goto(`${appUrl}shows/ballard`);
  const safeLink = await copiedLink(sender.page, 'S1E4');
  expect(safeLink).toBe(`${appUrl}shows/ballard?safe=S1E4`);

  const recipient = await openSession(browser);
  const { page } = recipient;
  await page.goto(finaleLink);
  await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
  await expectSoundPage(recipient, ballardCovered([]), 'the finale link, nothing watched');

  await watchedEverything(recipient);
  const throughS1E4 = ballardCovered(ballardCodesThrough(4));
  await page.goto(safeLink);
  await page.getByText('Safe up to S1E4, from a shared link').waitFor();
  await expectPlaceholders(page, 'S1E10', 2);
  await expectSoundPage(recipient, throughS1E4, 'the show held to S1E4, everything watched');
  // The limit stays on while the recipient moves about the show.
  await page
    .getByRole('link', { name: /^S1E10\b/ })
    .first()
    .click();
  await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
  await page.getByText('Safe up to S1E4, from a shared link').waitFor();
  await expectSoundPage(recipient, throughS1E4, 'the finale held to S1E4, everything watched');

  await page.getByRole('button', { name: 'Lift the limit' }).click();
  await expectPlaceholders(page, 'S1E10', 0);
  await sender.context.close();
  await recipient.context.close();
});

test('the page served for any address holds no show text, and its preview card is generic', async () => {
  const showText = [
    BALLARD.show.title,
    ...BALLARD.characters.flatMap((c) => [c.name, ...(c.actor ? [c.actor] : [])]),
    ...BALLARD.entries.flatMap((e) => (e.title ? [e.title] : [])),
    ...BALLARD.episodes.flatMap((e) => (e.title ? [e.title] : [])),
  ];
  for (const path of [
    'shows/ballard',
    'shows/ballard/episodes/S1E10',
    'shows/ballard/episodes/S1E10?safe=S1E4',
    'shows/ballard/characters/renee-ballard',
    'shows/ballard/characters/robert-olivas',
  ]) {
    const response = await fetch(`${inject('appUrl')}${path}`);
    const html = await response.text();
    expect(response.headers.get('content-type'), path).toMatch(/text\/html/);
    expect(html, path).toContain('<meta property="og:title" content="Previously" />');
    for (const text of showText)
      expect(html.toLowerCase(), `${path}: ${text}`).not.toContain(text.toLowerCase());
  }
});

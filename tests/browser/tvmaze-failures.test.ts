import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ballardCovered } from './support/ballard';
import { openSession, type Session } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { expectSoundPage } from './support/page-checks';
import { dumpSiteData } from './support/site-data';
import {
  SEARCH_BALLARD,
  SHOW_12345,
  TVMAZE_ORIGIN,
  disconnected,
  failing,
  recorded,
  routeTvmaze,
  type TvmazeAnswer,
} from './support/tvmaze-routes';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const OFFLINE =
  'You seem to be offline, so TVmaze cannot be reached. Check your connection and try again; your shows and notes are all still here.';
const SERVER_ERROR =
  'TVmaze is having trouble right now (it answered with error 500). Nothing was changed here; try again in a few minutes.';
const FOUND = '3 shows found for “ballard”.';
const NEEDS_CONNECTION =
  'You are offline. Searching and adding shows from TVmaze needs a connection; your shows, progress and notes work as usual.';

/** A fresh visitor on Add a show, with TVmaze answered from `routes`. */
async function openAddShow(routes: Record<string, TvmazeAnswer[]>) {
  const session = await openSession(browser);
  const appUrl = inject('appUrl');
  const traffic = await routeTvmaze(session.context, appUrl, routes);
  // Chromium logs each failed load on the console; here they are the point of the test.
  session.watch.expectedFailedLoads.push(`${TVMAZE_ORIGIN}/`);
  await session.page.goto(`${appUrl}add`);
  await session.page.getByRole('heading', { level: 1, name: 'Add a show' }).waitFor();
  return { session, traffic, tvmaze: session.page.getByRole('region', { name: 'From TVmaze' }) };
}

async function search(page: Page, query = 'ballard') {
  await page.getByRole('searchbox', { name: 'Search TVmaze' }).fill(query);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
}

async function expectSound(session: Session, where: string) {
  await expectSoundPage(session, ballardCovered([]), where);
}

describe('TVmaze failures in the browser', () => {
  test.each<[string, TvmazeAnswer, string]>([
    ['the connection drops', disconnected, OFFLINE],
    ['TVmaze answers 500', failing(500), SERVER_ERROR],
  ])(
    '%s: a clear message, and searching again once TVmaze answers works',
    async (what, answer, message) => {
      const { session, traffic, tvmaze } = await openAddShow({
        [SEARCH_BALLARD]: [answer, recorded('search-ballard.json')],
      });
      const { page } = session;
      await search(page);
      const alert = tvmaze.getByRole('alert');
      await alert.waitFor();
      expect(await alert.innerText()).toBe(message);
      expect(await tvmaze.getByRole('button', { name: /^Add / }).count()).toBe(0);
      await expectSound(session, `the Add a show page when ${what}`);

      await search(page);
      await tvmaze.getByText(FOUND).waitFor();
      expect(await alert.count()).toBe(0);
      expect(traffic.requested).toEqual([SEARCH_BALLARD, SEARCH_BALLARD]);
      expect(traffic.unanswered).toEqual([]);
      await expectSound(session, `the search results after ${what}`);
      await session.context.close();
    },
  );

  test('a browser that knows it is offline says TVmaze needs a connection and does not ask it', async () => {
    const { session, traffic, tvmaze } = await openAddShow({
      [SEARCH_BALLARD]: [recorded('search-ballard.json')],
    });
    const { page } = session;
    // Everything the page loads by itself (the favicon, the built-in pack) has arrived first.
    await page.waitForLoadState('networkidle');
    await session.context.setOffline(true);
    await tvmaze.getByText(NEEDS_CONNECTION).waitFor();
    const searchButton = tvmaze.getByRole('button', { name: 'Search', exact: true });
    expect(await searchButton.isDisabled()).toBe(true);
    await tvmaze.getByRole('searchbox', { name: 'Search TVmaze' }).fill('ballard');
    await tvmaze.getByRole('searchbox', { name: 'Search TVmaze' }).press('Enter');
    expect(traffic.requested).toEqual([]);
    await expectSound(session, 'the Add a show page while offline');

    await session.context.setOffline(false);
    await tvmaze.getByText(NEEDS_CONNECTION).waitFor({ state: 'detached' });
    await search(page);
    await tvmaze.getByText(FOUND).waitFor();
    expect(traffic.requested).toEqual([SEARCH_BALLARD]);
    await session.context.close();
  });

  test('HTTP 429 is retried after the wait TVmaze asks for, for the search and the show', async () => {
    const { session, traffic, tvmaze } = await openAddShow({
      [SEARCH_BALLARD]: [failing(429, { 'Retry-After': '1' }), recorded('search-ballard.json')],
      [SHOW_12345]: [failing(429, { 'Retry-After': '0' }), recorded('show-12345.json')],
    });
    const { page } = session;
    const alert = tvmaze.getByRole('alert');
    await search(page);
    await tvmaze.getByText(FOUND).or(alert).waitFor();
    expect(await alert.count(), 'a message instead of a retry').toBe(0);
    expect(traffic.requested).toEqual([SEARCH_BALLARD, SEARCH_BALLARD]);
    await expectSound(session, 'the search results after a 429');

    await tvmaze.getByRole('button', { name: 'Add Ballard', exact: true }).click();
    await tvmaze.getByText('Added Ballard, with 11 episodes.').or(alert).waitFor();
    expect(await alert.count(), 'a message instead of a retry').toBe(0);
    expect(traffic.requested).toEqual([SEARCH_BALLARD, SEARCH_BALLARD, SHOW_12345, SHOW_12345]);
    expect(traffic.unanswered).toEqual([]);
    await expectSound(session, 'the Add a show page after adding through a 429');
    await session.context.close();
  });

  test.each<[string, TvmazeAnswer, string]>([
    ['the connection drops', disconnected, OFFLINE],
    ['TVmaze answers 500', failing(500), SERVER_ERROR],
  ])('adding a show when %s says so and stores nothing', async (what, answer, message) => {
    const { session, traffic, tvmaze } = await openAddShow({
      [SEARCH_BALLARD]: [recorded('search-ballard.json')],
      [SHOW_12345]: [answer],
    });
    const { page } = session;
    await search(page);
    await tvmaze.getByText(FOUND).waitFor();
    // The first visit stores Ballard as it starts; what the failure must leave is taken after that.
    await expect
      .poll(async () => (await dumpSiteData(page)).settings?.map((record) => record.key))
      .toContain('defaultPackSeeded');
    const before = await dumpSiteData(page);
    await tvmaze.getByRole('button', { name: 'Add Ballard', exact: true }).click();
    const alert = tvmaze.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(`Ballard could not be added:\n\n${message}`);
    expect(await dumpSiteData(page)).toEqual(before);
    expect(traffic.requested).toEqual([SEARCH_BALLARD, SHOW_12345]);
    await expectSound(session, `the Add a show page when adding fails because ${what}`);

    await page.getByRole('link', { name: 'Library' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your shows' }).waitFor();
    await page.getByRole('link', { name: 'Next: S1E1' }).waitFor();
    expect(await page.getByRole('link', { name: 'Ballard', exact: true }).count()).toBe(1);
    await expectSound(session, `the library after adding failed because ${what}`);
    await session.context.close();
  });
});

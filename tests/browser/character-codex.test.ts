import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ballardCodesThrough, ballardCovered, FINALE_RECAP_TITLE } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { containsWords } from './support/covered-strings';
import { markWatchedThrough } from './support/marks';
import { expectPlaceholders, expectSoundPage, watchedCheckbox } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const codexNames = (page: Page) =>
  page.locator('.character-list').getByRole('heading', { level: 2 }).allTextContents();

async function openCodex(page: Page): Promise<void> {
  await page.goto(`${inject('appUrl')}shows/ballard/characters`);
  await page.getByRole('heading', { level: 1, name: 'Characters so far' }).waitFor();
  await page.getByRole('link', { name: 'Renée Ballard' }).waitFor();
  await expect.poll(() => page.getByText('Loading what you know of them…').count()).toBe(0);
}

/** The neutral page a deep link to someone not met yet gets, and what it holds. */
async function notMetPage(page: Page, characterId: string) {
  await page.goto(`${inject('appUrl')}shows/ballard/characters/${characterId}`);
  await page.getByRole('heading', { level: 1, name: 'Nobody you have met yet' }).waitFor();
  await expect.poll(() => page.title()).toBe('Character · Ballard · Previously');
  return { main: await page.getByRole('main').innerHTML(), title: await page.title() };
}

describe('the character codex', () => {
  test('before the finale it holds Renée and Harry only; mark the finale and everyone appears', async () => {
    const session = await openSession(browser);
    const { page } = session;
    await page.goto(`${inject('appUrl')}shows/ballard`);
    await page.getByRole('heading', { level: 1, name: 'Ballard' }).waitFor();
    await markWatchedThrough(page, 'S1E9');
    const throughS1E9 = ballardCovered(ballardCodesThrough(9));

    await openCodex(page);
    expect(await codexNames(page)).toEqual(['Renée Ballard', 'Harry Bosch']);
    await expectPlaceholders(page, 'S1E10', 1);
    expect(await page.title()).toBe('Characters · Ballard · Previously');
    await expectSoundPage(session, throughS1E9, 'the codex, watched through S1E9');

    // The address holds the id the user typed; the page and its title must not.
    const late = await notMetPage(page, 'robert-olivas');
    expect(`${late.main}\n${late.title}`).not.toMatch(/robert-olivas|Olivas|Chavira/i);
    const typed = throughS1E9.filter(({ text }) => !containsWords('robert-olivas', text));
    await expectSoundPage(session, typed, 'a deep link to Robert Olivas before the finale');
    expect(await notMetPage(page, 'nobody-at-all')).toEqual(late);

    await page.goto(`${inject('appUrl')}shows/ballard/episodes/S1E10`);
    await watchedCheckbox(page, 'S1E10').check();
    await page.getByRole('heading', { name: FINALE_RECAP_TITLE }).waitFor();
    const everything = ballardCovered(ballardCodesThrough(10));

    await openCodex(page);
    expect(await codexNames(page)).toEqual([
      'Renée Ballard',
      'Harry Bosch',
      'Jake Pearlman',
      'Gary Pearlman',
      'Robert Olivas',
    ]);
    await expectPlaceholders(page, 'S1E10', 0);
    await page.getByText('Learns that his father is the one who killed his sister.').waitFor();
    await page.getByText(/^Murdered his daughter after she reportedly confronted him/).waitFor();
    await page.getByText(/^Exposed as a corrupt cop, then found dead/).waitFor();
    expect(await page.getByText('As of S1E10', { exact: true }).count()).toBe(4);
    await expectSoundPage(session, everything, 'the codex, all watched');

    await page.getByRole('link', { name: 'Robert Olivas' }).click();
    await page.getByRole('heading', { level: 1, name: 'Robert Olivas' }).waitFor();
    await page.getByText('First seen in S1E10').waitFor();
    const mentions = page.getByRole('region', { name: 'In recaps and reveals' });
    await mentions.getByRole('link', { name: 'What Olivas really was' }).waitFor();
    expect(await page.title()).toBe('Character · Ballard · Previously');
    await expectSoundPage(session, everything, 'the Robert Olivas page, all watched');
    await session.context.close();
  });
});

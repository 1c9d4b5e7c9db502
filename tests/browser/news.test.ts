import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Pack } from '../../src/domain/pack';
import { entry, episode, pack } from '../../src/domain/testing/pack-builders';
import { ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { coveredStrings } from './support/covered-strings';
import { markWatchedThrough } from './support/marks';
import { choosePackFile, packFile } from './support/pack-files';
import { expectPlaceholders, expectSoundPage, watchedCheckbox } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const RENEWAL = 'No word yet on a second season';
const CLIFFHANGER = 'A cancellation would strand Ballard in a cell';

const newsHeadings = (page: Page) =>
  page.getByRole('list', { name: 'News, newest first' }).getByRole('heading').allTextContents();

async function openNews(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'News' }).click();
  await page.getByRole('heading', { level: 1, name: 'News' }).waitFor();
  await page.getByRole('heading', { name: RENEWAL }).waitFor();
}

test('Ballard’s finale news is a placeholder before the finale and appears once S1E10 is marked', async () => {
  const session = await openSession(browser);
  const { page } = session;
  await page.goto(inject('appUrl'));
  await page.getByRole('link', { name: 'Next: S1E1' }).waitFor();
  await openNews(page);
  await expectPlaceholders(page, 'S1E10', 1);
  expect(await page.getByRole('heading', { name: CLIFFHANGER }).count()).toBe(0);
  expect(await page.title()).toBe('News · Previously');
  await expectSoundPage(session, ballardCovered([]), 'the news, nothing watched');

  await page.goto(`${inject('appUrl')}shows/ballard/news`);
  await page.getByRole('heading', { name: RENEWAL }).waitFor();
  await expectPlaceholders(page, 'S1E10', 1);
  await expect.poll(() => page.title()).toBe('News · Ballard · Previously');
  await expectSoundPage(session, ballardCovered([]), 'Ballard’s news, nothing watched');

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: 'Ballard' }).waitFor();
  await watchedCheckbox(page, 'S1E10').check();
  await expect.poll(() => watchedCheckbox(page, 'S1E10').isChecked()).toBe(true);

  await openNews(page);
  await page.getByRole('heading', { name: CLIFFHANGER }).waitFor();
  await expectPlaceholders(page, 'S1E10', 0);
  expect(await newsHeadings(page)).toEqual([RENEWAL, CLIFFHANGER]);
  await expectSoundPage(session, ballardCovered(['S1E10']), 'the news, the finale watched');
  await session.context.close();
});

/** A second show whose news is dated around Ballard's renewal news of 17 July 2025. */
const LANTERN: Pack = pack({
  show: { id: 'lantern', title: 'Lantern Street', network: null, premiered: null, summary: null },
  episodes: ['S1E1', 'S1E2', 'S1E3'].map((code) => episode(code)),
  entries: [
    entry('lantern-wrap', null, {
      kind: 'news',
      title: 'Filming wraps on the harbour set',
      body: 'The cast said goodbye to the old harbour set after a long shoot.',
      date: '2025-07-20',
      source: 'https://example.com/lantern-wraps',
    }),
    entry('lantern-heir', 'S1E3', {
      kind: 'news',
      title: 'Why the lamplighter’s heir had to vanish',
      body: 'The writers explain the disappearance of the heir in the third episode.',
      keywords: ['disappearance'],
      date: '2025-07-18',
      source: 'Lantern weekly',
    }),
    entry('lantern-casting', null, {
      kind: 'news',
      title: 'Casting call for a lamplighter',
      body: 'Producers are looking for a lead with a steady hand and a quiet voice.',
      date: '2025-07-01',
      source: 'Trade press',
    }),
  ],
});

test('two shows’ news interleaved by date, covered news apart and without its date', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const appUrl = inject('appUrl');
  const covered = (watched: string[]) => [
    ...ballardCovered([]),
    ...coveredStrings(LANTERN, { watched }),
  ];
  await page.goto(appUrl);
  await page.getByRole('link', { name: 'Next: S1E1' }).waitFor();
  await choosePackFile(page, appUrl, packFile(LANTERN, 'lantern.json'));
  await page.getByText('Added Lantern Street, with 3 episodes.').waitFor();

  await openNews(page);
  await page.getByRole('heading', { name: 'Filming wraps on the harbour set' }).waitFor();
  expect(await newsHeadings(page)).toEqual([
    'Filming wraps on the harbour set',
    RENEWAL,
    'Casting call for a lamplighter',
  ]);
  expect(await page.getByRole('link', { name: /example\.com/ }).count()).toBe(0);
  await page.getByText('https://example.com/lantern-wraps').waitFor();
  const coveredGroup = page.getByRole('region', { name: 'Covered until you watch further' });
  expect(await coveredGroup.getByRole('listitem').allInnerTexts()).toEqual([
    expect.stringMatching(/^Ballard[\s\S]*Opens after S1E10/),
    expect.stringMatching(/^Lantern Street[\s\S]*Opens after S1E3/),
  ]);
  expect(await page.content()).not.toContain('2025-07-18');
  await expectSoundPage(session, covered([]), 'the news of two shows, nothing watched');

  await page.getByRole('link', { name: 'Lantern Street' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Lantern Street' }).waitFor();
  await markWatchedThrough(page, 'S1E3');
  await openNews(page);
  await page.getByRole('heading', { name: 'Why the lamplighter’s heir had to vanish' }).waitFor();
  expect(await newsHeadings(page)).toEqual([
    'Filming wraps on the harbour set',
    'Why the lamplighter’s heir had to vanish',
    RENEWAL,
    'Casting call for a lamplighter',
  ]);
  await expectPlaceholders(page, 'S1E3', 0);
  await expectSoundPage(
    session,
    covered(['S1E1', 'S1E2', 'S1E3']),
    'the news of two shows, Lantern Street watched',
  );
  await session.context.close();
});

test('the news opened first in a tab shows its stories as cards, styled like every list of entries', async () => {
  const session = await openSession(browser);
  const { page } = session;
  await page.goto(inject('appUrl'));
  await page.getByRole('link', { name: 'Next: S1E1' }).waitFor();
  // A load of the news page itself: no other page's styles came before it.
  await page.goto(new URL('news', inject('appUrl')).href);
  const list = page.getByRole('list', { name: 'News, newest first' });
  await list.getByRole('heading', { name: RENEWAL }).waitFor();
  expect(await list.evaluate((element) => getComputedStyle(element).listStyleType)).toBe('none');
  const story = list.getByRole('article').first();
  expect(await story.evaluate((element) => getComputedStyle(element).borderLeftWidth)).toBe('4px');
  await session.context.close();
});

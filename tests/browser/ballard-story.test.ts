import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  ballardCodesThrough,
  ballardCovered,
  FINALE_PLACEHOLDERS,
  FINALE_RECAP_TITLE,
} from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { markWatchedThrough } from './support/marks';
import { expectPlaceholders, expectSoundPage, watchedCheckbox } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

describe('the Ballard story', () => {
  test('the finale stays covered through S1E9, opens at S1E10 and closes again when unmarked', async () => {
    const session = await openSession(browser);
    const { page } = session;
    await page.goto(inject('appUrl'));
    await page.getByRole('heading', { level: 1, name: 'Your shows' }).waitFor();
    await page.getByRole('link', { name: 'Next: S1E1' }).waitFor();
    await expectSoundPage(session, ballardCovered([]), 'the library, nothing watched');

    await page.getByRole('link', { name: 'Ballard', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Ballard' }).waitFor();
    await expectPlaceholders(page, 'S1E10', 2);
    expect(await watchedCheckbox(page, 'S1E1').isChecked()).toBe(false);
    await expectSoundPage(session, ballardCovered([]), 'the show page, nothing watched');

    await markWatchedThrough(page, 'S1E9');
    await expect.poll(() => watchedCheckbox(page, 'S1E9').isChecked()).toBe(true);
    for (const code of ballardCodesThrough(9)) {
      expect(await watchedCheckbox(page, code).isChecked(), code).toBe(true);
    }
    expect(await watchedCheckbox(page, 'S1E10').isChecked()).toBe(false);
    await expectPlaceholders(page, 'S1E10', 2);
    const throughS1E9 = ballardCovered(ballardCodesThrough(9));
    await expectSoundPage(session, throughS1E9, 'the show page, watched through S1E9');

    await page.getByRole('link', { name: /^S1E10\b/ }).click();
    await page.getByRole('heading', { level: 1, name: /^S1E10\b/ }).waitFor();
    await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
    await expectSoundPage(session, throughS1E9, 'the S1E10 page, watched through S1E9');

    await watchedCheckbox(page, 'S1E10').check();
    await page.getByRole('heading', { name: FINALE_RECAP_TITLE }).waitFor();
    await expectPlaceholders(page, 'S1E10', 0);
    const everything = ballardCovered(ballardCodesThrough(10));
    expect(everything).toEqual([]);
    await expectSoundPage(session, everything, 'the S1E10 page, all watched');

    await watchedCheckbox(page, 'S1E10').uncheck();
    await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
    expect(await page.getByRole('heading', { name: FINALE_RECAP_TITLE }).count()).toBe(0);
    await expectSoundPage(session, throughS1E9, 'the S1E10 page, unmarked again');

    await page.getByRole('link', { name: 'Library' }).click();
    await page.getByRole('link', { name: 'Next: S1E10' }).waitFor();
    await expectSoundPage(session, throughS1E9, 'the library, watched through S1E9');
    await session.context.close();
  });

  test('one finale item revealed early shows alone, survives a reload, and hides again', async () => {
    const session = await openSession(browser);
    const { page } = session;
    const nothing = ballardCovered([]);
    await page.goto(`${inject('appUrl')}shows/ballard/episodes/S1E10`);
    await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
    await expectSoundPage(session, nothing, 'the S1E10 page, nothing watched');

    const recapPlaceholder = page
      .getByRole('listitem')
      .filter({ has: page.getByText('Recap', { exact: true }) });
    await recapPlaceholder.getByRole('button', { name: 'Reveal' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Reveal something from S1E10?' });
    await dialog.waitFor();
    await expectSoundPage(session, nothing, 'the reveal dialog');

    await dialog.getByRole('button', { name: 'Reveal' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: FINALE_RECAP_TITLE }).waitFor();
    await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS - 1);
    const recapRevealed = ballardCovered([], ['finale-recap']);
    await expectSoundPage(session, recapRevealed, 'the S1E10 page, finale recap revealed');

    await page.reload();
    await page.getByRole('heading', { name: FINALE_RECAP_TITLE }).waitFor();
    await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS - 1);
    await expectSoundPage(session, recapRevealed, 'the S1E10 page reloaded');

    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').click();
    const revealedSection = page.getByRole('region', { name: 'Revealed early' });
    await revealedSection.getByText(`Recap: ${FINALE_RECAP_TITLE}`).waitFor();
    await expectSoundPage(session, recapRevealed, 'the show page listing the revealed recap');

    await revealedSection.getByRole('button', { name: 'Hide again' }).click();
    await revealedSection.getByText('You have not revealed anything').waitFor();
    await expectSoundPage(session, nothing, 'the show page after hiding the recap again');

    await page.goBack();
    await expectPlaceholders(page, 'S1E10', FINALE_PLACEHOLDERS);
    expect(await page.getByRole('heading', { name: FINALE_RECAP_TITLE }).count()).toBe(0);
    await expectSoundPage(session, nothing, 'the S1E10 page after hiding again');
    await session.context.close();
  });

  test('"Hide all" covers everything revealed early again, after asking', async () => {
    const session = await openSession(browser);
    const { page } = session;
    await page.goto(`${inject('appUrl')}shows/ballard`);
    await expectPlaceholders(page, 'S1E10', 2);
    for (let revealed = 0; revealed < 2; revealed++) {
      await page.getByRole('button', { name: 'Reveal' }).first().click();
      const dialog = page.getByRole('alertdialog', { name: 'Reveal something from S1E10?' });
      await dialog.getByRole('button', { name: 'Reveal' }).click();
      await expectPlaceholders(page, 'S1E10', 1 - revealed);
    }
    const revealedSection = page.getByRole('region', { name: 'Revealed early' });
    expect(await revealedSection.getByRole('button', { name: 'Hide again' }).count()).toBe(2);
    await expectSoundPage(
      session,
      ballardCovered([], ['cliffhanger-at-risk', 'fact-renee-arrested']),
      'the show page with two items revealed',
    );

    await revealedSection.getByRole('button', { name: 'Hide all' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Hide everything you revealed early?' });
    await expectSoundPage(
      session,
      ballardCovered([], ['cliffhanger-at-risk', 'fact-renee-arrested']),
      'the hide-all dialog',
    );
    await dialog.getByRole('button', { name: 'Hide all' }).click();
    await expectPlaceholders(page, 'S1E10', 2);
    await expectSoundPage(session, ballardCovered([]), 'the show page after hiding all');
    await session.context.close();
  });
});

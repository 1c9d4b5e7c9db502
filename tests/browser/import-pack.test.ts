import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Pack } from '../../src/domain/pack';
import { character, entry, episode, pack } from '../../src/domain/testing/pack-builders';
import { ballardCovered } from './support/ballard';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { coveredStrings } from './support/covered-strings';
import { choosePackFile, packFile } from './support/pack-files';
import { markWatchedThrough } from './support/marks';
import { expectPlaceholders, expectSoundPage, watchedCheckbox } from './support/page-checks';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

function harbourLights(episodeCount: number): Pack {
  const titles = ['Low Tide', 'The Lamp Room', 'Wreckers', 'Fog Signal', 'Landfall'];
  return pack({
    show: {
      id: 'harbour-lights',
      title: 'Harbour Lights',
      network: null,
      premiered: null,
      summary: 'A lighthouse keeper and a town that keeps its secrets.',
    },
    episodes: titles
      .slice(0, episodeCount)
      .map((title, index) =>
        episode(`S1E${index + 1}`, { title, synopsis: `Synopsis of ${title}, in plain words.` }),
      ),
    characters: [
      character('maren-holt', null, { name: 'Maren Holt', actor: 'Ida Brenner' }),
      character('silas-crewe', 'S1E3', { name: 'Silas Crewe', actor: 'Tomas Lindqvist' }),
    ],
    entries: [
      entry('storm-recap', 'S1E1', {
        kind: 'recap',
        title: 'The storm cuts the causeway',
        body: 'Maren keeps the lamp lit **all night** while the causeway floods.',
      }),
      entry('crewe-arrives', 'S1E3', {
        title: 'Who rows in through the fog',
        body: 'A stranger called Silas Crewe rows in and asks for the keeper by name.',
        characters: ['silas-crewe'],
        keywords: ['stranger'],
      }),
      entry('crewe-fact', 'S1E3', {
        kind: 'fact',
        title: null,
        body: 'Was once the keeper of the northern light.',
        characters: ['silas-crewe'],
      }),
    ],
  });
}

test('a recap pack imported from a file is gated like the default, and replaced only after asking', async () => {
  const session = await openSession(browser);
  const { page } = session;
  const appUrl = inject('appUrl');
  const harbour = harbourLights(4);
  const covered = (watched: string[]) => [
    ...ballardCovered([]),
    ...coveredStrings(harbour, { watched }),
  ];
  await page.goto(appUrl);
  await page.getByRole('link', { name: 'Ballard', exact: true }).waitFor();
  await page.getByRole('link', { name: 'Add a show' }).click();
  await page.getByRole('heading', { level: 1, name: 'Add a show' }).waitFor();
  await expectSoundPage(session, covered([]), 'the Add a show page');

  await choosePackFile(page, appUrl, packFile(harbour, 'harbour-lights.json'));
  await page.getByText('Added Harbour Lights, with 4 episodes.').waitFor();
  await expectSoundPage(session, covered([]), 'the Add a show page after the import');

  await page.getByRole('link', { name: 'Open Harbour Lights' }).click();
  await page.getByRole('heading', { level: 1, name: 'Harbour Lights' }).waitFor();
  // Only the row's covered title and synopsis: Silas Crewe and his fact do not exist yet.
  await expectPlaceholders(page, 'S1E3', 1);
  await page.getByRole('link', { name: 'S1E1 Low Tide' }).waitFor();
  expect(await page.getByText('The Lamp Room').count()).toBe(0);
  await expectSoundPage(session, covered([]), 'the imported show, nothing watched');

  await markWatchedThrough(page, 'S1E2');
  await page.getByRole('link', { name: 'S1E3 Wreckers' }).waitFor();
  expect(await page.getByText('Fog Signal').count()).toBe(0);
  await expectSoundPage(session, covered(['S1E1', 'S1E2']), 'the imported show through S1E2');

  await page.getByRole('link', { name: 'S1E3 Wreckers' }).click();
  // The synopsis, the reveal and the fact about Silas Crewe.
  await expectPlaceholders(page, 'S1E3', 3);
  await expectSoundPage(session, covered(['S1E1', 'S1E2']), 'the S1E3 page through S1E2');
  await page.goto(`${appUrl}shows/harbour-lights/episodes/S1E1`);
  await page.getByRole('heading', { name: 'The storm cuts the causeway' }).waitFor();
  await expectSoundPage(session, covered(['S1E1', 'S1E2']), 'the S1E1 page through S1E2');

  const longer = harbourLights(5);
  await choosePackFile(page, appUrl, packFile(longer, 'harbour-lights.json'));
  const replace = page.getByRole('alertdialog', { name: 'Replace “Harbour Lights”?' });
  await replace.waitFor();
  await expectSoundPage(session, covered(['S1E1', 'S1E2']), 'the replace dialog');
  await replace.getByRole('button', { name: 'Replace' }).click();
  await page.getByText('Replaced Harbour Lights, with 5 episodes.').waitFor();

  await page.getByRole('link', { name: 'Open Harbour Lights' }).click();
  await watchedCheckbox(page, 'S1E5').waitFor();
  for (const [code, watched] of [
    ['S1E1', true],
    ['S1E2', true],
    ['S1E3', false],
  ] as const) {
    expect(await watchedCheckbox(page, code).isChecked(), code).toBe(watched);
  }
  await expectSoundPage(
    session,
    [...ballardCovered([]), ...coveredStrings(longer, { watched: ['S1E1', 'S1E2'] })],
    'the replaced show',
  );

  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: 'Harbour Lights', exact: true }).waitFor();
  await page.getByRole('link', { name: 'Ballard', exact: true }).waitFor();
  await expectSoundPage(
    session,
    [...ballardCovered([]), ...coveredStrings(longer, { watched: ['S1E1', 'S1E2'] })],
    'the library with two shows',
  );
  await session.context.close();
});

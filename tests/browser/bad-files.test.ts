import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Pack } from '../../src/domain/pack';
import { ballardCovered } from './support/ballard';
import { TIDEWATER } from './support/tidewater';
import { openSession, type Session } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { coveredStrings } from './support/covered-strings';
import { downloadFrom } from './support/downloads';
import { choosePackFile, packFile } from './support/pack-files';
import { markWatchedThrough } from './support/marks';
import { expectSoundPage, watchedCheckbox } from './support/page-checks';
import { dumpSiteData } from './support/site-data';

/**
 * Issue 3: "Try each bad file and get a clear message, with nothing changed." Each file goes
 * through the real file input, over a library that has something to lose: a show the bad packs
 * claim to replace, marks on it and on the built-in show, and a note.
 */

declare global {
  interface Window {
    __xss?: boolean;
  }
}

const SCRIPT = '<script>window.__xss = true</script>';

const VALID_PACK = { format: 'previously-pack', version: 1, ...TIDEWATER };
type Json = Record<string, unknown>;

/** A copy of `valid` with one thing changed, as the named file a user would pick. */
function jsonFile(name: string, valid: object, change: (copy: Json & Pack) => void) {
  const copy = structuredClone(valid) as Json & Pack;
  change(copy);
  return textFile(name, JSON.stringify(copy));
}

function textFile(name: string, text: string) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

type FileCase = [what: string, file: ReturnType<typeof textFile>, message: string | RegExp];

const BAD_PACKS: FileCase[] = [
  [
    'invalid JSON, named by line and column and never by an excerpt',
    textFile(
      'missing-comma.json',
      JSON.stringify(VALID_PACK, null, 2).replace('"version": 1,', '"version": 1'),
    ),
    'The file is not valid JSON (line 4, column 3).',
  ],
  [
    'a wrong format',
    jsonFile('backup-not-pack.json', VALID_PACK, (p) => (p.format = 'previously-backup')),
    'format: expected "previously-pack", got "previously-backup"; this is not a recap pack.',
  ],
  [
    'a future version',
    jsonFile('from-the-future.json', VALID_PACK, (p) => (p.version = 2)),
    'version: this pack is version 2, and this app reads versions up to 1. Update the app to import it.',
  ],
  [
    'a script in a recap title, refused only for its unknown episode',
    jsonFile('script-recap.json', VALID_PACK, (p) => {
      Object.assign(p.entries[0]!, { title: `Recap ${SCRIPT}`, spoils: 'S2E1' });
    }),
    'entries[0].spoils: "S2E1" is not an episode of this show',
  ],
  [
    'a duplicate episode code',
    jsonFile('duplicate-code.json', VALID_PACK, (p) => (p.episodes[1]!.code = 'S1E1')),
    'episodes[1].code: is already used by episodes[0].code',
  ],
  [
    'a recap about an episode the show does not have',
    jsonFile('unknown-episode.json', VALID_PACK, (p) => (p.entries[0]!.spoils = 'S2E1')),
    'entries[0].spoils: "S2E1" is not an episode of this show',
  ],
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

/** Long enough for stored progress to load; a wrong state fails at this bound. */
const SETTLED = { timeout: 5_000 };
const LIBRARY = ['Ballard: 2 of 10 watched', 'Tidewater: 1 of 3 watched'];
const TIDEWATER_MARKS = { S1E1: true, S1E2: false, S1E3: false };

/**
 * The library as a user sees it: each show's progress bar, named with its count. Waits for each,
 * as progress loads apart from the shows; a show too many or too few fails.
 */
async function expectLibrary(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your shows' }).waitFor();
  for (const name of LIBRARY) {
    await page.getByRole('progressbar', { name, exact: true }).waitFor(SETTLED);
  }
  expect(await page.getByRole('progressbar').count(), 'shows in the library').toBe(LIBRARY.length);
}

/** Tidewater's episodes, checked or not, and the note on S1E1. */
async function expectTidewater(page: Page): Promise<void> {
  await page.goto(`${inject('appUrl')}shows/tidewater`);
  for (const [code, checked] of Object.entries(TIDEWATER_MARKS)) {
    await page
      .getByRole('checkbox', { name: `Watched ${code}`, exact: true, checked })
      .waitFor(SETTLED);
  }
  await page.getByRole('link', { name: 'S1E1 Slack Water' }).click();
  await page.getByRole('heading', { level: 3, name: NOTE_TITLE }).waitFor();
}

/**
 * Waits for the outcome of a chosen file: its refusal (named, so a previous file's refusal still
 * on the page does not count), or a question that should not come.
 */
async function refusal(page: Page, region: Locator, heading: string): Promise<Locator> {
  const alert = region.getByRole('alert').filter({ hasText: heading });
  await alert.or(page.getByRole('alertdialog')).waitFor();
  expect(await page.getByRole('alertdialog').count(), 'a dialog asking to go ahead').toBe(0);
  return alert;
}

async function expectRefusedUnchanged(
  session: Session,
  region: Locator,
  choose: () => Promise<void>,
  [what, file, message]: FileCase,
  heading: string,
) {
  const { page } = session;
  const before = await dumpSiteData(page);
  await choose();
  const alert = await refusal(page, region, `${file.name} ${heading}`);
  expect(await alert.locator('p').innerText(), what).toBe(`${file.name} ${heading}`);
  expect(await alert.getByRole('listitem').allInnerTexts(), what).toEqual([
    typeof message === 'string' ? message : expect.stringMatching(message),
  ]);
  expect(await dumpSiteData(page), `stored data after ${what}`).toEqual(before);
  expect(await page.evaluate(() => window.__xss), `window.__xss after ${what}`).toBe(undefined);
  await expectSoundPage(session, COVERED, `the refusal of ${what}`);
}

const BALLARD_WATCHED = ['S1E1', 'S1E2'];
const COVERED = [
  ...ballardCovered(BALLARD_WATCHED),
  ...coveredStrings(TIDEWATER, { watched: ['S1E1'] }),
];
const NOTE_TITLE = 'Ferry timetable';

describe('bad files, through the real file inputs', () => {
  const appUrl = inject('appUrl');
  let session: Session;
  let backup: Json;

  beforeAll(async () => {
    session = await openSession(browser);
    const { page } = session;
    await choosePackFile(page, appUrl, packFile(TIDEWATER, 'tidewater.json'));
    await page.getByText('Added Tidewater, with 3 episodes.').waitFor();
    await page.goto(`${appUrl}shows/tidewater`);
    await watchedCheckbox(page, 'S1E1').check();
    await page
      .getByRole('checkbox', { name: 'Watched S1E1', exact: true, checked: true })
      .waitFor();
    await page.getByRole('link', { name: 'S1E1 Slack Water' }).click();
    const form = page.getByRole('form', { name: 'Add a note' });
    await form.getByRole('textbox', { name: 'Title' }).fill(NOTE_TITLE);
    await form.getByRole('textbox', { name: 'Note' }).fill('The *late* boat leaves at nine.');
    await form.getByRole('button', { name: 'Save note' }).click();
    await page.getByRole('heading', { level: 3, name: NOTE_TITLE }).waitFor();
    await page.getByRole('link', { name: 'Library' }).click();
    await page.getByRole('link', { name: 'Ballard', exact: true }).click();
    await markWatchedThrough(page, 'S1E2');
    await page
      .getByRole('checkbox', { name: 'Watched S1E2', exact: true, checked: true })
      .waitFor();

    await page.getByRole('link', { name: 'Backup' }).click();
    const saved = await downloadFrom(
      page,
      page.getByRole('button', { name: 'Download full backup' }),
    );
    backup = JSON.parse(saved.text) as Json;

    await expectLibrary(page);
    await expectTidewater(page);
  });
  afterAll(() => session?.context.close());

  test('bad recap packs on Add a show: each names what was wrong, and nothing changes', async () => {
    const { page } = session;
    const fromFile = page.getByRole('region', { name: 'From a recap pack file' });
    for (const badPack of BAD_PACKS) {
      await expectRefusedUnchanged(
        session,
        fromFile,
        () => choosePackFile(page, appUrl, badPack[1]),
        badPack,
        'was not imported, and nothing was changed:',
      );
    }
    await expectLibrary(page);
    await expectSoundPage(session, COVERED, 'the library after every refused pack');
    await expectTidewater(page);
    await expectSoundPage(session, COVERED, 'the note after every refused pack');
  });

  test('bad backups on Restore: each names what was wrong, and nothing changes', async () => {
    const { page } = session;
    const shows = backup.shows as Pack[];
    const at = shows.findIndex(({ show }) => show.id === 'tidewater');
    expect(at).toBeGreaterThanOrEqual(0);
    // The backup without its closing brace: the parser stops at the very end of the file.
    const cutShort = JSON.stringify(backup, null, 2).replace(/\n\}$/, '');
    const cutShortLines = cutShort.split('\n');
    const badBackups: FileCase[] = [
      [
        'invalid JSON, named by line and column and never by an excerpt',
        textFile('cut-short.json', cutShort),
        `The file is not valid JSON (line ${cutShortLines.length}, column ${(cutShortLines.at(-1) ?? '').length + 1}).`,
      ],
      [
        'a recap pack given as a backup',
        textFile('tidewater.json', JSON.stringify(VALID_PACK)),
        'This file is a recap pack, not a full backup. Import it on the "Add a show" page.',
      ],
      [
        'a future version',
        jsonFile('backup-v3.json', backup, (b) => (b.version = 3)),
        'version: this backup is version 3, and this app reads versions up to 2. Update the app to restore it.',
      ],
      [
        'a script in a note title, refused only for its time',
        jsonFile('script-note.json', backup, (b) => {
          Object.assign((b.notes as Json[])[0]!, { title: SCRIPT, updatedAt: 'yesterday' });
        }),
        'notes[0].updatedAt: expected a time, got text',
      ],
      [
        'a duplicate episode code',
        jsonFile('duplicate-code.json', backup, (b) => {
          (b.shows as Pack[])[at]!.episodes[1]!.code = 'S1E1';
        }),
        `shows[${at}].episodes[1].code: is already used by shows[${at}].episodes[0].code`,
      ],
    ];
    await page.getByRole('link', { name: 'Backup' }).click();
    const restore = page.getByRole('region', { name: 'Restore' });
    for (const badBackup of badBackups) {
      await expectRefusedUnchanged(
        session,
        restore,
        () => restore.getByLabel('Restore from backup').setInputFiles(badBackup[1]),
        badBackup,
        'was not restored, and nothing was changed:',
      );
    }
    await expectLibrary(page);
    await expectTidewater(page);
    await expectSoundPage(session, COVERED, 'the note after every refused backup');
  });
});

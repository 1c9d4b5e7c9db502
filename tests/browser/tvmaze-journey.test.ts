import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Entry, Pack } from '../../src/domain/pack';
import { packFromTvmaze } from '../../src/features/import/tvmaze-pack';
import { ballardCovered } from './support/ballard';
import { openSession, type Session } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { coveredStrings, type CoveredString } from './support/covered-strings';
import { asInputFile, downloadFrom, type DownloadedFile } from './support/downloads';
import { markWatchedThrough } from './support/marks';
import { expectSoundPage, watchedCheckbox } from './support/page-checks';
import { dumpSiteData, keysOf, type SiteData } from './support/site-data';
import {
  SEARCH_BALLARD,
  SHOW_12345,
  recorded,
  routeTvmaze,
  tvmazeFixture,
  type TvmazeTraffic,
} from './support/tvmaze-routes';

/**
 * Issue 3's "Done means", tried as a new user would, in one browser profile and then a fresh one:
 * add a show from a recorded TVmaze search, mark episodes, write notes, reveal, export; import
 * the export over the show; back everything up, start from nothing, restore. The tests run in
 * order and share the profile, as one person's afternoon would.
 */

const SHOW_ID = 'tvmaze-12345-ballard';
const SHOW_PATH = `/shows/${SHOW_ID}`;
const EXPORT_NAME = `${SHOW_ID}.recap-pack.json`;

const built = packFromTvmaze(tvmazeFixture('show-12345.json'));
if (!built.ok) throw new Error(built.problems.join('\n'));
/** The show as TVmaze's recorded answer describes it, before any note is added. */
const TVMAZE_BALLARD: Pack = built.pack;

const WATCHED = ['S1E1', 'S1E2', 'S1E4'];
const UNWATCHED = ['S1E3', 'S1E5', 'S1E6', 'S1E7'];
/** Revealed early on the show page: its title and synopsis. */
const REVEALED_EPISODE = 'S1E6';

const OPEN_NOTE = {
  title: 'Bosch knows the archive',
  body: 'Harry Bosch has read **every** file.',
};
/** Written on S1E2 but spoiling S1E8, so covered until it is revealed. */
const COVERED_NOTE = {
  title: 'The pantry wall ledger',
  body: 'Laffont hid the _harbour_ ledger behind the pantry wall in nineteen ninety.',
  spoils: 'S1E8',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

interface Progress {
  watched: string[];
  revealedEpisodes: string[];
  /** The user's notes, as stored. */
  notes: Entry[];
  revealedNotes: string[];
}

/**
 * What must stay covered: the built-in show, untouched, and the TVmaze show with the user's notes
 * as entries. The shared helper knows entry reveals; an episode revealed early is open too.
 */
function covered(progress: Progress): CoveredString[] {
  const withNotes: Pack = { ...TVMAZE_BALLARD, entries: progress.notes };
  const openEpisodes = new Set(
    progress.revealedEpisodes.map(
      (code) => `episodes[${TVMAZE_BALLARD.episodes.findIndex((e) => e.code === code)}].`,
    ),
  );
  return [
    ...ballardCovered([]),
    ...coveredStrings(withNotes, {
      watched: progress.watched,
      revealedEntries: progress.revealedNotes,
    }).filter(({ source }) => ![...openEpisodes].some((prefix) => source.startsWith(prefix))),
  ];
}

/** The user's notes as the app stored them, without the fields a pack does not carry. */
async function storedNotes(page: Page): Promise<Entry[]> {
  const data = await dumpSiteData(page);
  return (data.notes ?? []).map(({ value }) => {
    const {
      showId: _showId,
      profileId: _profileId,
      updatedAt: _updatedAt,
      ...entry
    } = value as Entry & {
      showId: string;
      profileId: string;
      updatedAt: number;
    };
    return entry;
  });
}

function episodeLinkName(code: string) {
  return new RegExp(`^${code}\\b`);
}

/** The show page's row for one episode. */
function episodeRow(page: Page, code: string) {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: episodeLinkName(code) }) })
    .last();
}

async function openShow(page: Page, appUrl: string) {
  await page.goto(`${appUrl}${SHOW_PATH.slice(1)}`);
  await page.getByRole('heading', { level: 1, name: 'Ballard' }).waitFor();
  await watchedCheckbox(page, 'S1E10').waitFor();
}

async function writeNote(page: Page, note: { title: string; body: string; spoils?: string }) {
  const form = page.getByRole('form', { name: 'Add a note' });
  await form.getByRole('textbox', { name: 'Title' }).fill(note.title);
  await form.getByRole('textbox', { name: 'Note' }).fill(note.body);
  if (note.spoils) await form.getByRole('combobox', { name: 'Spoils' }).fill(note.spoils);
  await form.getByRole('button', { name: 'Save note' }).click();
}

/** Everything the first part of the journey left, as the pages show it. */
async function expectJourneyState(session: Session, appUrl: string, progress: Progress) {
  const { page } = session;
  const all = covered(progress);
  await openShow(page, appUrl);
  const codes = [...WATCHED, ...UNWATCHED];
  // Progress loads apart from the show, so the boxes may start unchecked: wait for them.
  await expect
    .poll(() => Promise.all(codes.map((code) => watchedCheckbox(page, code).isChecked())), {
      message: `marks on ${codes.join(', ')}`,
      timeout: 5_000,
    })
    .toEqual(codes.map((code) => WATCHED.includes(code)));
  await page.getByRole('link', { name: 'S1E6 Locked Box' }).waitFor();
  const revealed = page.getByRole('region', { name: 'Revealed early' }).getByRole('listitem');
  await expect
    .poll(
      async () =>
        (await revealed.allInnerTexts()).map((text) => text.replace(/\s*Hide again$/, '')).sort(),
      { message: 'what the show lists as revealed early', timeout: 5_000 },
    )
    .toEqual([`Note: ${COVERED_NOTE.title}`, 'S1E6: title and synopsis']);
  await expectSoundPage(session, all, 'the TVmaze show page');

  await page.getByRole('link', { name: episodeLinkName('S1E2') }).click();
  await page.getByRole('heading', { level: 3, name: OPEN_NOTE.title }).waitFor();
  await page.getByRole('strong').filter({ hasText: 'every' }).waitFor();
  await expectSoundPage(session, all, 'the S1E2 page with its note');

  await page.goto(`${appUrl}${SHOW_PATH.slice(1)}/episodes/${COVERED_NOTE.spoils}`);
  await page.getByRole('heading', { level: 3, name: COVERED_NOTE.title }).waitFor();
  await page.getByRole('emphasis').filter({ hasText: 'harbour' }).waitFor();
  await expectSoundPage(session, all, `the ${COVERED_NOTE.spoils} page with the revealed note`);
}

describe('a new user with a show from TVmaze', () => {
  const appUrl = inject('appUrl');
  let session: Session;
  let traffic: TvmazeTraffic;
  let exported: DownloadedFile | undefined;
  let progress: Progress;

  beforeAll(async () => {
    session = await openSession(browser);
    traffic = await routeTvmaze(session.context, appUrl, {
      [SEARCH_BALLARD]: [recorded('search-ballard.json')],
      [SHOW_12345]: [recorded('show-12345.json')],
    });
  });
  afterAll(async () => {
    expect(traffic.unanswered, 'requests with no recorded answer').toEqual([]);
    await session?.context.close();
  });

  test('adds a show from a TVmaze search, marks, writes notes, reveals, and exports it', async () => {
    const { page } = session;
    progress = { watched: [], revealedEpisodes: [], notes: [], revealedNotes: [] };
    await page.goto(appUrl);
    await page.getByRole('heading', { level: 1, name: 'Your shows' }).waitFor();
    await page.getByRole('link', { name: 'Add a show' }).click();
    await page.getByRole('searchbox', { name: 'Search TVmaze' }).fill('ballard');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const tvmaze = page.getByRole('region', { name: 'From TVmaze' });
    await tvmaze.getByText('3 shows found for “ballard”.').waitFor();
    await expectSoundPage(session, covered(progress), 'the TVmaze search results');
    await tvmaze.getByRole('button', { name: 'Add Ballard', exact: true }).click();
    await tvmaze.getByText('Added Ballard, with 11 episodes.').waitFor();
    expect(traffic.requested).toEqual([SEARCH_BALLARD, SHOW_12345]);
    await expectSoundPage(session, covered(progress), 'the Add a show page after adding');

    await tvmaze.getByRole('link', { name: 'Open Ballard' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ballard' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(SHOW_PATH);
    await page.getByRole('link', { name: 'S1E1 Pilot' }).waitFor();
    await expectSoundPage(session, covered(progress), 'the new show, nothing watched');

    await markWatchedThrough(page, 'S1E2');
    await expect.poll(() => watchedCheckbox(page, 'S1E2').isChecked()).toBe(true);
    await watchedCheckbox(page, 'S1E4').check();
    await page.getByRole('button', { name: 'Dismiss offer for S1E4' }).click();
    progress.watched = WATCHED;
    await page.getByRole('link', { name: 'S1E5 Councilman' }).waitFor();
    expect(await watchedCheckbox(page, 'S1E3').isChecked()).toBe(false);
    await expectSoundPage(session, covered(progress), 'the show with three episodes marked');

    await episodeRow(page, REVEALED_EPISODE).getByRole('button', { name: 'Reveal' }).click();
    const revealEpisode = page.getByRole('alertdialog', {
      name: `Reveal something from ${REVEALED_EPISODE}?`,
    });
    await expectSoundPage(session, covered(progress), 'the reveal dialog');
    await revealEpisode.getByRole('button', { name: 'Reveal' }).click();
    await page.getByRole('link', { name: 'S1E6 Locked Box' }).waitFor();
    progress.revealedEpisodes = [REVEALED_EPISODE];
    await expectSoundPage(session, covered(progress), 'the show with S1E6 revealed');

    await page.getByRole('link', { name: 'S1E2 The Archive' }).click();
    await page.getByRole('heading', { level: 1, name: /^S1E2\b/ }).waitFor();
    await writeNote(page, OPEN_NOTE);
    await page.getByRole('heading', { level: 3, name: OPEN_NOTE.title }).waitFor();
    await writeNote(page, COVERED_NOTE);
    await page
      .getByText(
        `Added your note. It spoils ${COVERED_NOTE.spoils}, so it is on that episode’s page, covered until you have watched it.`,
      )
      .waitFor();
    // The status comes as the note is handed to storage; wait for it to be stored.
    await expect
      .poll(async () => (await storedNotes(page)).map(({ title }) => title), { timeout: 5_000 })
      .toEqual([OPEN_NOTE.title, COVERED_NOTE.title]);
    progress.notes = await storedNotes(page);
    // The model the leak scan checks against does cover what the page must not show.
    expect(covered(progress).map(({ text }) => text)).toEqual(
      expect.arrayContaining([COVERED_NOTE.title, 'Wrong Door', 'Blood Ties']),
    );
    await expectSoundPage(session, covered(progress), 'the S1E2 page with two notes written');

    await page.goto(`${appUrl}${SHOW_PATH.slice(1)}/episodes/${COVERED_NOTE.spoils}`);
    const notes = page.getByRole('region', { name: 'Your notes' });
    await notes.getByRole('listitem').waitFor();
    await expectSoundPage(session, covered(progress), 'the page of the covered note');
    await notes.getByText(`Opens after ${COVERED_NOTE.spoils}`, { exact: true }).waitFor();
    await notes.getByRole('button', { name: 'Reveal' }).click();
    await page
      .getByRole('alertdialog', { name: `Reveal something from ${COVERED_NOTE.spoils}?` })
      .getByRole('button', { name: 'Reveal' })
      .click();
    await notes.getByRole('heading', { level: 3, name: COVERED_NOTE.title }).waitFor();
    progress.revealedNotes = [progress.notes[1]!.id];
    await expectSoundPage(session, covered(progress), 'the page of the revealed note');

    await page.getByRole('link', { name: 'Backup' }).click();
    await page.getByRole('heading', { level: 1, name: 'Backup and export' }).waitFor();
    const exportSection = page.getByRole('region', { name: 'Export a show' });
    exported = await downloadFrom(
      page,
      exportSection.getByRole('button', { name: `Export Ballard (${SHOW_ID})` }),
    );
    await exportSection.getByText(`Saved ${EXPORT_NAME}, with your 2 notes.`).waitFor();
    expect(exported.name).toBe(EXPORT_NAME);
    const pack = JSON.parse(exported.text) as Pack & { format: string; version: number };
    expect(pack).toEqual({
      ...TVMAZE_BALLARD,
      format: 'previously-pack',
      version: 1,
      entries: progress.notes,
    });
    await expectSoundPage(session, covered(progress), 'the backup page after the export');
  });

  test('imports the exported file over the show, keeping notes, progress and reveals', async () => {
    if (!exported) throw new Error('The export step did not finish; nothing to import.');
    const { page } = session;
    const before = await dumpSiteData(page);
    await page.getByRole('link', { name: 'Add a show' }).click();
    await page.getByLabel('Import recap pack').setInputFiles(asInputFile(exported));
    const replace = page.getByRole('alertdialog', { name: 'Replace “Ballard”?' });
    await replace.waitFor();
    await expectSoundPage(session, covered(progress), 'the replace dialog');
    await replace.getByRole('button', { name: 'Replace' }).click();
    const fromFile = page.getByRole('region', { name: 'From a recap pack file' });
    await fromFile.getByText('Replaced Ballard, with 11 episodes.').waitFor();
    for (const line of [
      'Your progress, reveals and notes on it are kept.',
      '2 notes in the file you already had.',
    ]) {
      await fromFile.getByText(line, { exact: true }).waitFor();
    }
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectSoundPage(session, covered(progress), 'the Add a show page after the replace');
    expect(await dumpSiteData(page)).toEqual(before);

    await expectJourneyState(session, appUrl, progress);

    await page.getByRole('link', { name: 'Backup' }).click();
    const again = await downloadFrom(
      page,
      page.getByRole('button', { name: `Export Ballard (${SHOW_ID})` }),
    );
    expect(again, 'export → import → export gives the same file').toEqual(exported);
  });

  test('backs everything up, starts from an empty browser, restores, and finds it all', async () => {
    if (!exported) throw new Error('The first steps did not finish; nothing to back up.');
    const { page } = session;
    await page.getByRole('link', { name: 'Settings' }).click();
    const titles = page.getByRole('group', { name: 'Upcoming episode titles' });
    await titles.getByRole('radio', { name: 'None' }).check();
    await expect.poll(() => titles.getByRole('radio', { name: 'None' }).isChecked()).toBe(true);
    await expect
      .poll(async () => (await dumpSiteData(page)).settings, { timeout: 5_000 })
      .toContainEqual({ key: 'upcomingTitles', value: 'none' });

    await page.getByRole('link', { name: 'Backup' }).click();
    const full = page.getByRole('region', { name: 'Full backup' });
    const backup = await downloadFrom(
      page,
      full.getByRole('button', { name: 'Download full backup' }),
    );
    expect(backup.name).toMatch(/^previously-backup-\d{4}-\d{2}-\d{2}\.json$/);
    await full.getByText(`Saved ${backup.name}.`).waitFor();
    await expectSoundPage(session, covered(progress), 'the backup page after the full backup');
    const saved = await dumpSiteData(page);
    const parsed = JSON.parse(backup.text) as {
      format: string;
      settings: unknown;
      shows: Pack[];
    };
    expect(parsed.format).toBe('previously-backup');
    expect(parsed.settings).toEqual({ upcomingTitles: 'none' });
    expect(parsed.shows.map(({ show }) => show.id).sort()).toEqual(['ballard', SHOW_ID]);

    // Clearing the site's data: a new profile has no IndexedDB, as a first visit has.
    const fresh = await openSession(browser);
    const freshTraffic = await routeTvmaze(fresh.context, appUrl, {});
    try {
      await fresh.page.goto(appUrl);
      await fresh.page.getByRole('link', { name: 'Next: S1E1' }).waitFor();
      expect(await fresh.page.getByRole('link', { name: 'Ballard', exact: true }).count()).toBe(1);
      await fresh.page.getByRole('progressbar', { name: 'Ballard: 0 of 10 watched' }).waitFor();
      expect(keysOf(await dumpSiteData(fresh.page), 'notes')).toEqual([]);

      await fresh.page.getByRole('link', { name: 'Backup' }).click();
      const restore = fresh.page.getByRole('region', { name: 'Restore' });
      await restore.getByLabel('Restore from backup').setInputFiles(asInputFile(backup));
      await restore
        .getByText(
          /^Restored the backup of \d{4}-\d{2}-\d{2}: 2 shows, 3 watched episodes and 2 notes\.$/,
        )
        .waitFor();
      expect(await fresh.page.getByRole('alertdialog').count()).toBe(0);
      expect(await fresh.page.getByRole('alert').count()).toBe(0);
      await expectSoundPage(fresh, covered(progress), 'the backup page after the restore');

      const restored = await dumpSiteData(fresh.page);
      // The library's counts of marks (progressSummaries) are not backed up: they are counted
      // again from the marks as the library needs them.
      const sameRecords = (data: SiteData) => ({
        ...data,
        progress: [],
        progressSummaries: [],
        reveals: [],
      });
      expect(sameRecords(restored)).toEqual(sameRecords(saved));
      // A backup holds what was watched and revealed, not when; the keys are the whole state.
      expect(keysOf(restored, 'progress')).toEqual(keysOf(saved, 'progress'));
      expect(keysOf(restored, 'reveals')).toEqual(keysOf(saved, 'reveals'));

      await fresh.page.getByRole('link', { name: 'Library' }).click();
      await fresh.page.locator(`a[href="${SHOW_PATH}"]`).waitFor();
      expect(await fresh.page.getByRole('link', { name: 'Ballard', exact: true }).count()).toBe(2);
      await fresh.page.getByRole('link', { name: 'Next: S1E5', exact: true }).waitFor();
      await fresh.page.getByRole('progressbar', { name: 'Ballard: 3 of 11 watched' }).waitFor();
      await fresh.page.getByRole('progressbar', { name: 'Ballard: 0 of 10 watched' }).waitFor();
      await expectSoundPage(fresh, covered(progress), 'the restored library');

      await fresh.page.getByRole('link', { name: 'Settings' }).click();
      const restoredTitles = fresh.page.getByRole('group', { name: 'Upcoming episode titles' });
      await expect
        .poll(() => restoredTitles.getByRole('radio', { name: 'None' }).isChecked())
        .toBe(true);
      await expectSoundPage(fresh, covered(progress), 'the restored settings');

      await expectJourneyState(fresh, appUrl, progress);
      expect(freshTraffic.requested).toEqual([]);
      expect(freshTraffic.unanswered).toEqual([]);
    } finally {
      await fresh.context.close();
    }
  });
});

import type { Page } from 'playwright-core';
import { FIRST_PROFILE } from '../src/storage/database';

/** Waits until a show page has its recaps loaded (the synthetic packs have no news). */
export async function showPageReady(page: Page, appUrl: string, showId: string): Promise<void> {
  await page.goto(`${appUrl}shows/${showId}`);
  await page.getByText('No news for this show yet.').waitFor({ timeout: 120_000 });
}

/** Opens an episode's page and waits until its recaps and the note form have loaded. */
export async function episodePageReady(
  page: Page,
  appUrl: string,
  showId: string,
  code: string,
): Promise<void> {
  await page.goto(`${appUrl}shows/${showId}/episodes/${code}`);
  const items = page.getByRole('region', { name: 'Recap, reveals and facts' });
  await items.getByRole('listitem').first().waitFor({ timeout: 120_000 });
  await page.getByRole('heading', { name: 'Add a note' }).waitFor({ timeout: 120_000 });
}

/** Marks stored for a show by the first profile, the one a new browser starts with. */
function storedMarks(page: Page, showId: string): Promise<number> {
  return page.evaluate(
    ([profileId, showId]) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('previously');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const count = database
            .transaction('progress')
            .objectStore('progress')
            .count(IDBKeyRange.bound([profileId, showId], [profileId, showId, []]));
          count.onsuccess = () => {
            database.close();
            resolve(count.result);
          };
        };
      }),
    [FIRST_PROFILE.id, showId] as const,
  );
}

/**
 * Marks every episode of a show watched the way a user would: scrolls the episode list to its
 * last row, checks it and accepts the offer to mark the earlier ones too, then waits until storage
 * holds every mark.
 */
export async function markAllWatched(
  page: Page,
  appUrl: string,
  showId: string,
  codes: readonly string[],
): Promise<void> {
  const last = codes.at(-1);
  if (last === undefined) throw new Error('a show without episodes');
  await showPageReady(page, appUrl, showId);
  const scroller = page.getByRole('region', { name: /^Episodes, / });
  const lastCheckbox = page.getByRole('checkbox', { name: `Watched ${last}`, exact: true });
  while ((await lastCheckbox.count()) === 0) {
    await scroller.evaluate((element) => element.scrollBy(0, element.scrollHeight));
    await page.waitForTimeout(50);
  }
  await lastCheckbox.check();
  await page.getByRole('button', { name: /^Also mark .+ watched$/ }).click();
  for (let wait = 0; (await storedMarks(page, showId)) < codes.length; wait++) {
    if (wait > 600) throw new Error(`the marks on ${showId} were not all stored`);
    await page.waitForTimeout(100);
  }
}

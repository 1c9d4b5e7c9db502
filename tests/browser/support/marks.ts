import type { Page } from 'playwright-core';
import { watchedCheckbox } from './page-checks';

/** "Through here" as a user does it: check the episode, then accept the offer to mark the earlier ones. */
export async function markWatchedThrough(page: Page, code: string): Promise<void> {
  await watchedCheckbox(page, code).check();
  await page.getByRole('button', { name: /^Also mark .+ watched$/ }).click();
  await page.getByText(/ marked watched\.$/).waitFor();
}

import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations } from './axe';
import type { Session } from './browser-session';
import type { CoveredString } from './covered-strings';
import { expectNoLeak } from './page-watch';

/** Nothing covered anywhere on the page, no problem reported, and no accessibility violation. */
export async function expectSoundPage(
  { page, watch }: Session,
  covered: readonly CoveredString[],
  where: string,
): Promise<void> {
  await expectNoLeak(page, watch, covered, where);
  await expectNoAxeViolations(page, where);
}

/** Waits until exactly `count` placeholders say they open after `code`. */
export async function expectPlaceholders(page: Page, code: string, count: number): Promise<void> {
  await expect
    .poll(() => page.getByText(`Opens after ${code}`, { exact: true }).count(), {
      message: `placeholders opening after ${code}`,
    })
    .toBe(count);
}

export function watchedCheckbox(page: Page, code: string) {
  return page.getByRole('checkbox', { name: `Watched ${code}`, exact: true });
}

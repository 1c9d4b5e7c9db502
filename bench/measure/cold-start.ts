import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/support/chromium';

/** Content the page is waiting for: an element matching `selector`, holding `text` if given. */
export interface Milestone {
  name: string;
  selector: string;
  text?: string;
}

declare global {
  interface Window {
    __milestones?: Record<string, number>;
  }
}

/**
 * Starts Chromium afresh on a stored profile, opens `url`, and returns for each milestone the
 * milliseconds from navigation start until it was first in the DOM.
 */
export async function coldStartTimes(
  profileDir: string,
  url: string,
  milestones: readonly Milestone[],
): Promise<Record<string, number>> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    await context.addInitScript((wanted: readonly Milestone[]) => {
      const reached: Record<string, number> = {};
      window.__milestones = reached;
      const check = () => {
        for (const { name, selector, text } of wanted) {
          if (reached[name] !== undefined) continue;
          const found = [...document.querySelectorAll(selector)].some(
            (element) => text === undefined || element.textContent?.includes(text),
          );
          if (found) reached[name] = performance.now();
        }
        if (Object.keys(reached).length === wanted.length) observer.disconnect();
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, characterData: true });
    }, milestones);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.waitForFunction(
      (count) => Object.keys(window.__milestones ?? {}).length === count,
      milestones.length,
      { timeout: 60_000 },
    );
    return await page.evaluate(() => ({ ...window.__milestones }));
  } finally {
    await context.close();
  }
}

/** Starts the app once on `profileDir`, so it holds what a first start stores: Ballard. */
export async function firstStart(profileDir: string, url: string, ready: Milestone): Promise<void> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(url);
    await page.locator(ready.selector).first().waitFor({ timeout: 60_000 });
  } finally {
    await context.close();
  }
}

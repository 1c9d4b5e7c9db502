import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __importTimes?: { chosen?: number; done?: number };
  }
}

/**
 * Imports the pack file at `path` through the Add a show page's file input, the way a user does,
 * and returns the milliseconds inside the page from the file being chosen (the input's change
 * event) to the page saying the show was added (after it is stored).
 */
export async function importTime(
  page: Page,
  appUrl: string,
  path: string,
  title: string,
): Promise<number> {
  await page.goto(`${appUrl}add`);
  const input = page.getByLabel('Import recap pack');
  await input.waitFor({ state: 'attached' });
  await page.evaluate((title) => {
    const times: { chosen?: number; done?: number } = {};
    window.__importTimes = times;
    document.addEventListener('change', () => (times.chosen = performance.now()), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      const links = document.querySelectorAll('[role="status"] a');
      if (![...links].some((link) => link.textContent === `Open ${title}`)) return;
      times.done = performance.now();
      observer.disconnect();
    });
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, title);
  await input.setInputFiles(path);
  const problem = page.getByRole('alert');
  await page.waitForFunction(
    () => window.__importTimes?.done !== undefined || document.querySelector('[role="alert"] li'),
    undefined,
    { timeout: 120_000 },
  );
  if ((await problem.count()) > 0) throw new Error(`import refused: ${await problem.innerText()}`);
  const { chosen, done } = await page.evaluate(() => ({ ...window.__importTimes }));
  if (chosen === undefined || done === undefined) throw new Error('import was not timed');
  return done - chosen;
}

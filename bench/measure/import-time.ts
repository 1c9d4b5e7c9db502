import type { Page } from 'playwright-core';

/** An import as the page saw it. */
export interface ImportTiming {
  /** From the file being chosen to the page saying the show was added. */
  ms: number;
  /** The longest main-thread task over that span; 0 when none reached the 50 ms of a long task. */
  longestTaskMs: number;
}

interface Span {
  start: number;
  end: number;
}

declare global {
  interface Window {
    __importTimes?: {
      chosen?: number;
      done?: number;
      tasks: Span[];
      observer: PerformanceObserver;
    };
  }
}

/**
 * Imports the pack file at `path` through the Add a show page's file input, the way a user does,
 * and returns the milliseconds inside the page from the file being chosen (the input's change
 * event) to the page saying the show was added (after it is stored), with the longest task a
 * `longtask` observer saw on the page's main thread meanwhile.
 */
export async function importTime(
  page: Page,
  appUrl: string,
  path: string,
  title: string,
): Promise<ImportTiming> {
  await page.goto(`${appUrl}add`);
  const input = page.getByLabel('Import recap pack');
  await input.waitFor({ state: 'attached' });
  await page.evaluate((title) => {
    const tasks: Span[] = [];
    const keep = (entries: PerformanceEntryList) => {
      for (const { startTime, duration } of entries) {
        tasks.push({ start: startTime, end: startTime + duration });
      }
    };
    const observer = new PerformanceObserver((list) => keep(list.getEntries()));
    observer.observe({ type: 'longtask', buffered: true });
    const times: NonNullable<Window['__importTimes']> = { tasks, observer };
    window.__importTimes = times;
    document.addEventListener('change', () => (times.chosen = performance.now()), {
      capture: true,
      once: true,
    });
    const done = new MutationObserver(() => {
      const links = document.querySelectorAll('[role="status"] a');
      if (![...links].some((link) => link.textContent === `Open ${title}`)) return;
      times.done = performance.now();
      done.disconnect();
    });
    done.observe(document.body, { subtree: true, childList: true, characterData: true });
  }, title);
  await input.setInputFiles(path);
  const problem = page.getByRole('alert');
  await page.waitForFunction(
    () => window.__importTimes?.done !== undefined || document.querySelector('[role="alert"] li'),
    undefined,
    { timeout: 120_000 },
  );
  if ((await problem.count()) > 0) throw new Error(`import refused: ${await problem.innerText()}`);
  const { chosen, done, tasks } = await page.evaluate(() => {
    const times = window.__importTimes;
    if (!times) return { tasks: [] };
    // Runs in a task after the one that showed the result, so that one's entry is queued by now.
    for (const { startTime, duration } of times.observer.takeRecords()) {
      times.tasks.push({ start: startTime, end: startTime + duration });
    }
    times.observer.disconnect();
    return { chosen: times.chosen, done: times.done, tasks: times.tasks };
  });
  if (chosen === undefined || done === undefined) throw new Error('import was not timed');
  const during = tasks.filter(({ start, end }) => end > chosen && start < done);
  return {
    ms: done - chosen,
    longestTaskMs: Math.max(0, ...during.map(({ start, end }) => end - start)),
  };
}

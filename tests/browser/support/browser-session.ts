import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { watchContext, type ContextWatch } from './page-watch';

export interface Session {
  context: BrowserContext;
  watch: ContextWatch;
  page: Page;
}

/** A fresh profile (its own IndexedDB) with a watched page, as a first-time visitor has. */
export async function openSession(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<Session> {
  const context = await browser.newContext(options);
  // A limit, never a measure: with other test files beside it on two cores, a step may take more
  // than Playwright's default 30 s.
  context.setDefaultTimeout(60_000);
  const watch = await watchContext(context);
  const page = await context.newPage();
  return { context, watch, page };
}

import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { containsWords, type CoveredString } from './covered-strings';

/**
 * Everything a browser context said while a test drove it. Any console error, uncaught error,
 * Content-Security-Policy violation or script dialog (alert, confirm) is a problem.
 */
export interface ContextWatch {
  readonly problems: string[];
  readonly consoleTexts: string[];
  /**
   * Addresses (prefixes) whose failed loads a test causes on purpose, such as a TVmaze 500:
   * Chromium's own "Failed to load resource" line for those is expected, not a problem.
   */
  readonly expectedFailedLoads: string[];
}

declare global {
  interface Window {
    __reportCspViolation?: (text: string) => void;
  }
}

export async function watchContext(context: BrowserContext): Promise<ContextWatch> {
  const watch: ContextWatch = { problems: [], consoleTexts: [], expectedFailedLoads: [] };
  await context.exposeFunction('__reportCspViolation', (text: string) => {
    watch.problems.push(`Content-Security-Policy violation: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        window.__reportCspViolation?.(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
        );
      },
      true,
    );
  });
  context.on('console', (message) => {
    watch.consoleTexts.push(message.text());
    if (message.type() !== 'error') return;
    const failedLoad = message.text().startsWith('Failed to load resource:');
    const { url } = message.location();
    if (failedLoad && watch.expectedFailedLoads.some((prefix) => url.startsWith(prefix))) return;
    watch.problems.push(`console error: ${message.text()}${failedLoad ? ` (${url})` : ''}`);
  });
  context.on('weberror', (error) => watch.problems.push(`uncaught: ${String(error.error())}`));
  context.on('dialog', (dialog) => {
    watch.problems.push(`script dialog (${dialog.type()}): ${dialog.message()}`);
    void dialog.dismiss();
  });
  return watch;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&nbsp;': '\u00a0',
};

function decodeEntities(html: string): string {
  return html.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity);
}

/**
 * Fails when any covered string is in the page's markup (text or attributes), its title, its URL
 * or anything said on the console; also fails on any problem the watch recorded.
 */
export async function expectNoLeak(
  page: Page,
  watch: ContextWatch,
  covered: readonly CoveredString[],
  where: string,
): Promise<void> {
  const { html, title } = await page.evaluate(() => ({
    html: document.documentElement.outerHTML,
    title: document.title,
  }));
  const surfaces: [string, string][] = [
    ['markup', decodeEntities(html)],
    ['document.title', title],
    ['URL', decodeURIComponent(page.url())],
    ['console', watch.consoleTexts.join('\n')],
  ];
  const leaks = covered.flatMap(({ source, text }) =>
    surfaces
      .filter(([, surface]) => containsWords(surface, text))
      .map(([surfaceName]) => `${source} "${text.slice(0, 60)}" in the ${surfaceName}`),
  );
  expect(leaks, `covered content reached ${where}`).toEqual([]);
  expect(watch.problems, `problems reported on ${where}`).toEqual([]);
}

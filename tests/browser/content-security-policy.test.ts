import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

function builtIndexHtml(): string {
  return readFileSync(join(inject('appBuildDir'), 'index.html'), 'utf8');
}

function policyDirectives(html: string): Map<string, string[]> {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
  expect(match, 'the built index.html carries a Content-Security-Policy meta tag').not.toBeNull();
  const policy = (match?.[1] ?? '').replaceAll('&#39;', "'");
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('Content-Security-Policy of the built app', () => {
  test('is strict: scripts from the app only, no plugins, no foreign base', () => {
    const directives = policyDirectives(builtIndexHtml());
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    for (const [name, sources] of directives) {
      expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
    }
  });

  test('the built page has no inline script or event handler for the policy to block', () => {
    const html = builtIndexHtml();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes = '', body = ''] of scripts) {
      expect(attributes).toMatch(/\bsrc="/);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
  });

  test('the browser enforces it, and the tests hear of every violation', async () => {
    const { context, watch, page } = await openSession(browser);
    await page.goto(inject('appUrl'));
    await page.getByRole('heading', { level: 1, name: 'Your shows' }).waitFor();
    expect(watch.problems).toEqual([]);

    const executed = await page.evaluate(async () => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__inlineRan = true;';
      document.head.append(inline);
      const image = document.createElement('img');
      image.setAttribute('src', 'http://example.invalid/tracker.png');
      document.body.append(image);
      await new Promise((resolve) => setTimeout(resolve, 100));
      image.remove();
      return (window as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(executed, 'an injected inline script ran').toBe(false);
    expect(watch.problems.join('\n')).toMatch(/script-src(-elem)? blocked inline/);
    expect(watch.problems.join('\n')).toMatch(/img-src blocked http:\/\/example\.invalid/);
    await context.close();
  });
});

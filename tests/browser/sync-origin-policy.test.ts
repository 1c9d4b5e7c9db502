import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { openSession } from './support/browser-session';
import { launchChromium } from './support/chromium';

let browser: Browser;
let syncServer: Server;
let syncPort: number;
beforeAll(async () => {
  browser = await launchChromium();
  // Stands in for CouchDB: answers any page, as a server set up for Previously does.
  syncServer = createServer((_request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.end('sync server');
  });
  await new Promise<void>((listening) => syncServer.listen(0, '127.0.0.1', listening));
  syncPort = (syncServer.address() as AddressInfo).port;
});
afterAll(async () => {
  await browser.close();
  await new Promise((closed) => syncServer.close(closed));
});

/** Writes keys into the page's `previously-sync-origins` store as src/storage/sync-origins.ts does. */
function storeSyncOrigins(page: Page, origins: string[]): Promise<void> {
  return page.evaluate(
    (keys) =>
      new Promise<void>((stored, failed) => {
        const opening = indexedDB.open('previously-sync-origins', 1);
        opening.onupgradeneeded = () => opening.result.createObjectStore('origins');
        opening.onerror = () => failed(opening.error);
        opening.onsuccess = () => {
          const database = opening.result;
          const transaction = database.transaction('origins', 'readwrite');
          for (const key of keys) transaction.objectStore('origins').put(true, key);
          transaction.oncomplete = () => {
            database.close();
            stored();
          };
          transaction.onerror = () => failed(transaction.error);
        };
      }),
    origins,
  );
}

function connectSourcesOf(policy: string): string[] {
  const directive = policy.split(';').find((part) => part.trim().startsWith('connect-src '));
  return directive?.trim().split(/\s+/).slice(1) ?? [];
}

const fetchOutcome = (page: Page, url: string) =>
  page.evaluate(
    (address) =>
      fetch(address).then(
        (response) => response.text(),
        () => 'refused',
      ),
    url,
  );

describe('a sync server the person admitted', () => {
  test('is in the policy of every page loaded after, and no other server or stored junk is', async () => {
    const admitted = `http://127.0.0.1:${syncPort}`;
    // The same server under another origin, which the host's header admits but no one chose.
    const notAdmitted = `http://localhost:${syncPort}`;
    const junk = 'https://x.org; script-src *';
    const { context, watch, page } = await openSession(browser);
    await page.goto(inject('appUrl'));
    await page.getByRole('heading', { level: 1, name: 'Your shows' }).waitFor();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        message: 'a service worker controls the page',
      })
      .toBe(true);

    await storeSyncOrigins(page, [admitted, junk]);
    const reloaded = await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your shows' }).waitFor();

    const metaPolicy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(connectSourcesOf(metaPolicy ?? '')).toEqual([
      "'self'",
      'https://api.tvmaze.com',
      admitted,
    ]);
    expect(metaPolicy).not.toContain('x.org');
    const headerPolicy = reloaded?.headers()['content-security-policy'] ?? '';
    expect(connectSourcesOf(headerPolicy)).toContain(admitted);
    expect(headerPolicy).not.toContain('x.org');

    expect(await fetchOutcome(page, `${admitted}/previously`)).toBe('sync server');
    expect(watch.problems).toEqual([]);

    expect(await fetchOutcome(page, `${notAdmitted}/previously`)).toBe('refused');
    await expect
      .poll(() => watch.problems.join('\n'))
      .toContain(`connect-src blocked ${notAdmitted}/previously`);
    await context.close();
  });
});

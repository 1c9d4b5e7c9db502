import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { character, entry, episode, pack } from '../../src/domain/testing/pack-builders';
import { ballardCovered } from './support/ballard';
import { openSession, type Session } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { choosePackFile, packFile } from './support/pack-files';
import { expectSoundPage } from './support/page-checks';

/** Each payload sets window.__xss or opens a script dialog if it ever runs. */
const MARKUP = [
  '<script>window.__xss = true</script>',
  '<img src=x onerror="window.__xss = true">',
  '<svg onload="window.__xss = true"></svg>',
  '<svg><script>window.__xss = true</script></svg>',
  '<iframe src="javascript:window.__xss = true"></iframe>',
  '<a href="javascript:window.__xss = true">open</a>',
  '<object data="data:text/html,<script>alert(1)</script>"></object>',
  '<body onload=alert(1)>',
];
const LINKS = [
  '[open](javascript:window.__xss=true)',
  '[open](JaVaScRiPt:alert(1))',
  '[open](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](data:image/svg+xml,%3Csvg%20onload%3Dalert(1)%3E)',
  '[open](vbscript:msgbox(1))',
  '[open][x]\n\n[x]: javascript:alert(1)',
];

declare global {
  interface Window {
    __xss?: boolean;
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const BASE_SHOW = { id: 'x', title: 'Corpus', network: null, premiered: null, summary: null };

async function expectNothingRan(session: Session, where: string): Promise<void> {
  // Give onerror and onload handlers time to fire, had anything been let through.
  await session.page.waitForTimeout(200);
  expect(await session.page.evaluate(() => window.__xss), `window.__xss on ${where}`).toBe(
    undefined,
  );
  await expectSoundPage(session, ballardCovered([]), where);
}

const LIVE_ELEMENTS =
  'main script, main img, main svg, main iframe, main object, main embed, [onerror], [onload], a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]';

const REMOTE_IMAGE = '![The pier at night](https://images.example/pier.png)';

describe('the XSS corpus', () => {
  test('markup in every field and in Markdown imports, reads as text, and nothing runs', async () => {
    const session = await openSession(browser);
    const { page } = session;
    const appUrl = inject('appUrl');
    const remoteRequests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(appUrl)) remoteRequests.push(request.url());
    });
    const corpus = pack({
      show: { ...BASE_SHOW, id: 'markup', title: `Corpus ${MARKUP[0]}` },
      episodes: MARKUP.map((payload, index) =>
        episode(`S1E${index + 1}`, { title: payload, synopsis: payload }),
      ),
      characters: MARKUP.map((payload, index) =>
        character(`someone-${index}`, null, { name: payload, actor: payload }),
      ),
      entries: [
        ...MARKUP.map((payload, index) =>
          entry(`markup-${index}`, null, {
            kind: 'news',
            title: payload,
            body: `Before ${payload}`,
          }),
        ),
        ...LINKS.map((payload, index) =>
          entry(`link-${index}`, null, {
            kind: 'news',
            title: `Link ${index}`,
            body: `See ${payload}`,
          }),
        ),
        entry('image', null, { kind: 'news', title: 'Image', body: `Look: ${REMOTE_IMAGE}` }),
        entry('source', null, { kind: 'news', title: 'Sourced', source: 'javascript:alert(1)' }),
      ],
    });
    const withMarkup = MARKUP.length + LINKS.length;
    await choosePackFile(page, appUrl, packFile(corpus));
    const report = page.getByRole('status').filter({ hasText: 'Added Corpus' });
    await report.waitFor();
    expect(await report.innerText()).toContain(
      `${withMarkup} bodies hold HTML or unsafe links, which show as text or are left out, and never run: entries[0].body, entries[1].body,`,
    );
    expect(await report.innerText()).toContain(`and ${withMarkup - 10} more.`);
    await expectNothingRan(session, 'the import of markup');

    for (const visit of ['first visit', 'reload']) {
      if (visit === 'reload') await page.reload();
      else await page.getByRole('link', { name: /^Open Corpus/ }).click();
      await page.getByRole('heading', { level: 1, name: `Corpus ${MARKUP[0]}` }).waitFor();
      const news = page.getByRole('region', { name: 'News' });
      for (const payload of MARKUP) {
        await news.getByRole('heading', { name: payload, exact: true }).waitFor();
        await news.getByText(`Before ${payload}`, { exact: true }).waitFor();
      }
      for (const payload of LINKS) {
        expect(await news.getByText(/^See (open|x)$/).count(), payload).toBeGreaterThan(0);
      }
      // The remote image is the one link: to its address, never loaded, so no policy is broken.
      const image = news.getByRole('link', { name: 'The pier at night', exact: true });
      expect(await image.getAttribute('href')).toBe('https://images.example/pier.png');
      expect(await news.getByRole('link').count(), 'links left from unsafe addresses').toBe(1);
      await news.getByText('Look: The pier at night', { exact: true }).waitFor();
      await news.getByText('javascript:alert(1)', { exact: true }).waitFor();
      expect(await page.locator(LIVE_ELEMENTS).count(), `live elements (${visit})`).toBe(0);
      await expectNothingRan(session, `the markup, ${visit}`);
    }
    expect(remoteRequests, 'requests that left the app').toEqual([]);
    await session.context.close();
  });

  test('the same payloads quoted as Markdown code import and show as inert text', async () => {
    const session = await openSession(browser);
    const { page } = session;
    const appUrl = inject('appUrl');
    const payloads = [...MARKUP, ...LINKS.filter((payload) => !payload.includes('\n'))];
    const quoted = pack({
      show: { ...BASE_SHOW, id: 'quoted', title: 'Quoted markup' },
      episodes: [episode('S1E1')],
      entries: payloads.flatMap((payload, index) => [
        entry(`span-${index}`, null, {
          kind: 'news',
          title: `Code span ${index}`,
          body: `Written as \`\` ${payload} \`\` in a code span.`,
        }),
        entry(`fence-${index}`, null, {
          kind: 'news',
          title: `Code fence ${index}`,
          body: `In a fence:\n\n~~~\n${payload}\n~~~\n`,
        }),
      ]),
    });
    await choosePackFile(page, appUrl, packFile(quoted));
    await page.getByText('Added Quoted markup, with 1 episode.').waitFor();
    await expectNothingRan(session, 'the import of quoted markup');

    for (const visit of ['first visit', 'reload']) {
      if (visit === 'reload') await page.reload();
      else await page.getByRole('link', { name: 'Open Quoted markup' }).click();
      const news = page.getByRole('region', { name: 'News' });
      await news.getByRole('heading', { name: `Code fence ${payloads.length - 1}` }).waitFor();
      const codeTexts = await news.locator('code').allTextContents();
      for (const payload of payloads) {
        expect(
          codeTexts.filter((text) => text.trim() === payload),
          `${payload} shown literally, twice`,
        ).toHaveLength(2);
      }
      expect(await page.locator(LIVE_ELEMENTS).count(), `live elements (${visit})`).toBe(0);
      await expectNothingRan(session, `the quoted markup, ${visit}`);
    }
    await session.context.close();
  });
});

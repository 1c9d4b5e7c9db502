import type { Browser, Page } from 'playwright-core';
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

function showWith(id: string, parts: Parameters<typeof pack>[0]) {
  return pack({ ...parts, show: { ...parts.show!, id } });
}

const BASE_SHOW = { id: 'x', title: 'Corpus', network: null, premiered: null, summary: null };

async function expectNothingRan(session: Session, where: string): Promise<void> {
  // Give onerror and onload handlers time to fire, had anything been let through.
  await session.page.waitForTimeout(200);
  expect(await session.page.evaluate(() => window.__xss), `window.__xss on ${where}`).toBe(
    undefined,
  );
  await expectSoundPage(session, ballardCovered([]), where);
}

async function expectRefused(page: Page, appUrl: string, file: ReturnType<typeof packFile>) {
  await choosePackFile(page, appUrl, file);
  const problems = page.getByRole('alert').filter({ hasText: 'was not imported' });
  await problems.waitFor();
  return problems.innerText();
}

describe('the XSS corpus', () => {
  test('markup in plain-text fields and raw HTML in Markdown are refused, naming the field', async () => {
    const session = await openSession(browser);
    const appUrl = inject('appUrl');
    for (const [index, payload] of MARKUP.entries()) {
      const corpus = showWith(`markup-${index}`, {
        show: { ...BASE_SHOW, title: `Corpus ${payload}` },
        episodes: [episode('S1E1', { title: payload, synopsis: payload })],
        characters: [character('someone', null, { name: payload, actor: payload })],
        entries: [entry('item', null, { kind: 'news', title: payload, body: `Before ${payload}` })],
      });
      const message = await expectRefused(session.page, appUrl, packFile(corpus));
      for (const path of [
        'show.title',
        'episodes[0].title',
        'episodes[0].synopsis',
        'characters[0].name',
        'characters[0].actor',
        'entries[0].title',
        'entries[0].body',
      ]) {
        expect(message, `${payload} at ${path}`).toContain(`${path}: contains`);
      }
      expect(message, `${payload} is not quoted back`).not.toMatch(/<|__xss|alert|onerror/i);
      await expectNothingRan(session, `the refusal of ${payload}`);
    }
    for (const [index, payload] of LINKS.entries()) {
      const corpus = showWith(`links-${index}`, {
        show: BASE_SHOW,
        episodes: [episode('S1E1')],
        entries: [entry('item', null, { kind: 'news', body: `See ${payload}` })],
      });
      const message = await expectRefused(session.page, appUrl, packFile(corpus));
      expect(message, payload).toMatch(
        /entries\[0\]\.body: links to a (javascript|data|vbscript): address; links may only use http, https or mailto/,
      );
      expect(message, `${payload} is not quoted back`).not.toMatch(/__xss|alert|msgbox|base64/i);
      await expectNothingRan(session, `the refusal of ${payload}`);
    }
    const source = showWith('source', {
      show: BASE_SHOW,
      episodes: [episode('S1E1')],
      entries: [entry('item', null, { kind: 'news', source: 'javascript:alert(1)' })],
    });
    expect(await expectRefused(session.page, appUrl, packFile(source))).toContain(
      'entries[0].source: uses a javascript: address; a source may only be a name or an http(s) address',
    );

    await session.page.getByRole('link', { name: 'Library' }).click();
    await session.page.getByRole('link', { name: 'Ballard', exact: true }).waitFor();
    expect(await session.page.getByRole('link', { name: /^Corpus/ }).count()).toBe(0);
    await expectNothingRan(session, 'the library after every refusal');
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
      const live = await page.evaluate(
        () =>
          document.querySelectorAll(
            'main script, main img, main svg, main iframe, main object, main embed, [onerror], [onload], a[href^="javascript:" i], a[href^="data:" i], a[href^="vbscript:" i]',
          ).length,
      );
      expect(live, `live elements from payloads (${visit})`).toBe(0);
      await expectNothingRan(session, `the quoted markup, ${visit}`);
    }
    await session.context.close();
  });
});

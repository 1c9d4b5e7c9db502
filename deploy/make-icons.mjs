// Draws the app's install icons from public/favicon.svg with the Chromium the browser tests use:
// node deploy/make-icons.mjs, then commit public/icons/. Run it again when the favicon changes.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const ICONS = new URL('../public/icons/', import.meta.url);
const favicon = readFileSync(new URL('../public/favicon.svg', import.meta.url), 'utf8');

// A maskable icon fills its square and keeps the mark inside the middle 80%, which any mask shows.
const maskable = favicon.replace(
  /<rect [^>]*\/>(.*)<\/svg>/,
  '<rect width="32" height="32" fill="#1d4ed8"/><g transform="translate(4.8 4.8) scale(0.7)">$1</g></svg>',
);

const icons = [
  { file: 'icon-192.png', size: 192, svg: favicon },
  { file: 'icon-512.png', size: 512, svg: favicon },
  { file: 'icon-maskable-512.png', size: 512, svg: maskable },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const { file, size, svg } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
    await page.setContent(`<body style="margin:0">${sized}</body>`);
    await page
      .locator('svg')
      .screenshot({ path: new URL(file, ICONS).pathname, omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/support/chromium';

export interface LighthouseRun {
  /** Performance score, 0–100. */
  score: number;
  /** Simulated milliseconds of the metrics the score weighs most. */
  firstContentfulPaint: number;
  largestContentfulPaint: number;
  totalBlockingTime: number;
}

export interface LighthouseScores {
  mobile: LighthouseRun;
  desktop: LighthouseRun;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function devtoolsReady(port: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Chromium did not open its debugging port ${port}`);
}

/**
 * Lighthouse performance scores (0–100) of `url`, mobile and desktop presets, with the default
 * simulated throttling, against a Chromium this function starts and stops.
 */
export async function lighthouseScores(url: string): Promise<LighthouseScores> {
  const port = await freePort();
  const profile = await mkdtemp(join(tmpdir(), 'previously-lighthouse-'));
  const chromium = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`],
    { stdio: 'ignore' },
  );
  try {
    await devtoolsReady(port);
    const flags = { port, output: 'json' as const, logLevel: 'error' as const };
    const run = async (config?: typeof desktopConfig): Promise<LighthouseRun> => {
      const result = await lighthouse(url, { ...flags, onlyCategories: ['performance'] }, config);
      const lhr = result?.lhr;
      const score = lhr?.categories.performance?.score;
      if (!lhr || typeof score !== 'number') {
        throw new Error(`Lighthouse gave no score: ${lhr?.runtimeError?.message ?? ''}`);
      }
      const metric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      return {
        score: Math.round(score * 100),
        firstContentfulPaint: metric('first-contentful-paint'),
        largestContentfulPaint: metric('largest-contentful-paint'),
        totalBlockingTime: metric('total-blocking-time'),
      };
    };
    return { mobile: await run(), desktop: await run(desktopConfig) };
  } finally {
    chromium.kill();
    if (chromium.exitCode === null) await once(chromium, 'exit');
    await rm(profile, { recursive: true, force: true });
  }
}

import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser/support/chromium';

export interface LighthouseScores {
  mobile: number;
  desktop: number;
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
    const score = async (config?: typeof desktopConfig) => {
      const result = await lighthouse(url, { ...flags, onlyCategories: ['performance'] }, config);
      const value = result?.lhr.categories.performance?.score;
      if (typeof value !== 'number') {
        throw new Error(`Lighthouse gave no score: ${result?.lhr.runtimeError?.message ?? ''}`);
      }
      return Math.round(value * 100);
    };
    return { mobile: await score(), desktop: await score(desktopConfig) };
  } finally {
    chromium.kill();
    if (chromium.exitCode === null) await once(chromium, 'exit');
    await rm(profile, { recursive: true, force: true });
  }
}

import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      // One more worker than the two cores: browser files spend much of their time waiting on
      // Chromium, so a third keeps both cores busy. Every wait is a limit, never a measure.
      maxWorkers: 3,
      projects: [
        {
          extends: true,
          test: {
            name: 'domain',
            environment: 'node',
            include: ['src/domain/**/*.test.ts', 'tests/content/**/*.test.ts'],
            // A limit, never a measure: property runs slow down on a busy machine (one took over
            // 30 s with two whole suites running at once).
            testTimeout: 120_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'ui',
            environment: 'jsdom',
            include: [
              'src/**/*.test.{ts,tsx}',
              'tests/ui/**/*.test.{ts,tsx}',
              'tests/storage/**/*.test.{ts,tsx}',
            ],
            exclude: ['src/domain/**'],
            setupFiles: ['tests/setup/jsdom.ts'],
            // A limit, never a measure: fake IndexedDB and lazy pages are slow on a busy machine,
            // and a test must not fail for how loaded the machine is. A test may hold several
            // waits of up to 30 s each (tests/setup/jsdom.ts).
            testTimeout: 120_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            environment: 'node',
            include: ['tests/browser/**/*.test.ts'],
            globalSetup: ['tests/browser/support/global-setup.ts'],
            // Files run side by side, one Chromium each: once the quick projects are done, a second
            // core would otherwise idle for most of the run. Each file has its own browser and
            // site data, and every wait below is a limit, so a busy machine slows them, never fails them.
            testTimeout: 180_000,
            // A limit, never a measure: a busy machine may take more than the default second.
            expect: { poll: { timeout: 60_000 } },
            hookTimeout: 120_000,
          },
        },
      ],
    },
  }),
);

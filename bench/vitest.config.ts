import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** `npm run bench`: one long run that prints every figure and writes the results files. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'bench',
    environment: 'node',
    include: ['bench/benchmarks.ts'],
    testTimeout: 15 * 60_000,
  },
});

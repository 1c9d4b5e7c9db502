import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { preview } from 'vite';
import { headersFromBuild } from '../../../deploy/preview-headers.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const VITE_BIN = join(REPO_ROOT, 'node_modules/vite/bin/vite.js');

export interface BuildOptions {
  /** The sub-path the app is served under, passed as BASE_PATH like a deployer would. */
  basePath?: string;
  /** A folder holding another index.html to build with the app's Vite config (the floor). */
  root?: string;
}

/** Runs `vite build` as a deployer would, into a new temporary folder, and returns the folder. */
export async function buildApp({ basePath, root }: BuildOptions = {}): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'previously-build-'));
  // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle.
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.BASE_PATH;
  if (basePath !== undefined) env.BASE_PATH = basePath;
  const args = [VITE_BIN, 'build', ...(root ? [root] : [])];
  args.push('--config', join(REPO_ROOT, 'vite.config.ts'), '--outDir', outDir, '--emptyOutDir');
  await promisify(execFile)(process.execPath, [...args, '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    env,
  });
  return outDir;
}

export interface StaticServer {
  /** The app's address, ending in the base path: http://127.0.0.1:PORT/previously/ */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a build with `vite preview` on a free loopback port. Like a static host configured for
 * a single-page app, it answers unknown paths under the base with index.html, and it sends the
 * headers of the build's `_headers` file.
 */
export async function serveBuild(outDir: string, basePath = '/'): Promise<StaticServer> {
  const server = await preview({
    configFile: false,
    root: REPO_ROOT,
    base: basePath,
    logLevel: 'warn',
    plugins: [headersFromBuild()],
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report an address');
  return { url, close: () => server.close() };
}

export function removeBuild(outDir: string): Promise<void> {
  return rm(outDir, { recursive: true, force: true });
}

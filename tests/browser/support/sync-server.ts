import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('../../../scripts/sync-server.mjs', import.meta.url));
/** A limit, never a measure: a busy machine may take several seconds to load LevelDB. */
const START_LIMIT_MS = 30_000;

export interface SyncServerOptions {
  /** With a password, every request must carry this user's credentials (require_valid_user). */
  user?: string;
  password?: string;
}

export interface SyncServer {
  /** The server's address, without a trailing slash: http://127.0.0.1:PORT */
  url: string;
  /** Ends the server process and waits for it to exit; its records stay in its data folder. */
  stop(): Promise<void>;
  /** Starts it again on the same port with the same data folder, stopping it first if it runs. */
  restart(): Promise<void>;
  /** Stops it and deletes its data folder. */
  dispose(): Promise<void>;
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((listening) => probe.listen(0, '127.0.0.1', listening));
  const address = probe.address();
  await new Promise((closed) => probe.close(closed));
  if (address === null || typeof address === 'string') throw new Error('no port to probe');
  return address.port;
}

function launch(port: number, dataDir: string, { user, password }: SyncServerOptions) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SYNC_PORT: String(port),
    SYNC_DATA_DIR: dataDir,
  };
  delete env.SYNC_USER;
  delete env.SYNC_PASSWORD;
  if (user !== undefined) env.SYNC_USER = user;
  if (password !== undefined) env.SYNC_PASSWORD = password;
  // The IPC channel ends the server should this process die without stopping it.
  const child = spawn(process.execPath, [SCRIPT], {
    env,
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  return { child, errors: () => errors };
}

/** Asks GET / as the app would until the server answers, or it exits, or the limit passes. */
async function waitUntilServing(
  url: string,
  launched: ReturnType<typeof launch>,
  { user, password }: SyncServerOptions,
): Promise<void> {
  const headers: Record<string, string> = {};
  if (user !== undefined && password !== undefined) {
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  }
  const deadline = Date.now() + START_LIMIT_MS;
  let lastAnswer = 'no answer';
  while (Date.now() < deadline) {
    if (launched.child.exitCode !== null || launched.child.signalCode !== null) {
      throw new Error(`The sync server exited: ${launched.errors() || 'no message'}`);
    }
    try {
      const signal = AbortSignal.timeout(Math.max(deadline - Date.now(), 1));
      const response = await fetch(`${url}/`, { headers, signal });
      if (response.ok) return;
      lastAnswer = `status ${response.status}`;
    } catch {
      lastAnswer = 'not listening';
    }
    await pause(100);
  }
  throw new Error(
    `The sync server at ${url} did not answer within ${START_LIMIT_MS} ms (${lastAnswer}).`,
  );
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

/**
 * Starts `scripts/sync-server.mjs` (what `npm run sync-server` runs) on a free port, with a new
 * temporary data folder, and waits until it answers.
 */
export async function startSyncServer(options: SyncServerOptions = {}): Promise<SyncServer> {
  const port = await freePort();
  const dataDir = await mkdtemp(join(tmpdir(), 'previously-sync-'));
  const url = `http://127.0.0.1:${port}`;
  let running: ChildProcess | undefined;

  const start = async () => {
    const launched = launch(port, dataDir, options);
    running = launched.child;
    await waitUntilServing(url, launched, options);
  };
  const stop = async () => {
    if (running) await stopProcess(running);
  };

  try {
    await start();
  } catch (error) {
    await stop();
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url,
    stop,
    async restart() {
      await stop();
      await start();
    },
    async dispose() {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

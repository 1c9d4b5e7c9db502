// A CouchDB stand-in for developing and testing sync: pouchdb-server's parts on 127.0.0.1.
//
//   SYNC_PORT      port to listen on (5984)
//   SYNC_DATA_DIR  folder for the databases, config.json and log.txt (.sync-server/ at the repo root)
//   SYNC_USER, SYNC_PASSWORD  when both are set, every request must carry that user's Basic
//                  credentials, as CouchDB's require_valid_user does; the user is the server admin.
//
// pouchdb-server's own entry point parses the command line as soon as it loads and has no
// require_valid_user, so the server is put together here from the same parts, in the same order,
// with the credential check between CORS and the databases: a browser's preflight carries no
// credentials and must still be answered.
import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOST = '127.0.0.1';
const DEFAULT_PORT = 5984;
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../.sync-server', import.meta.url));

// pouchdb-server's dependencies, resolved from it so they are the versions it runs with.
const fromPouchDBServer = createRequire(
  createRequire(import.meta.url).resolve('pouchdb-server/package.json'),
);
const express = fromPouchDBServer('express');
const expressPouchDB = fromPouchDBServer('express-pouchdb');
const corsFromConfig = fromPouchDBServer('./lib/cors.js');
const { hashAdminPasswords } = createRequire(fromPouchDBServer.resolve('express-pouchdb'))(
  'pouchdb-auth',
);
const PouchDB = fromPouchDBServer('pouchdb-core')
  .plugin(fromPouchDBServer('pouchdb-adapter-http'))
  .plugin(fromPouchDBServer('pouchdb-replication'))
  .plugin(fromPouchDBServer('pouchdb-mapreduce'))
  .plugin(fromPouchDBServer('pouchdb-adapter-leveldb'));

function readSettings(env) {
  const port = Number(env.SYNC_PORT ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`SYNC_PORT must be a port number, not "${env.SYNC_PORT}".`);
  }
  const user = env.SYNC_USER || undefined;
  const password = env.SYNC_PASSWORD || undefined;
  if ((user === undefined) !== (password === undefined)) {
    throw new Error('Set both SYNC_USER and SYNC_PASSWORD, or neither.');
  }
  const dataDir = resolve(env.SYNC_DATA_DIR || DEFAULT_DATA_DIR);
  return { port, dataDir, credentials: user ? { user, password } : undefined };
}

/**
 * The configured user becomes the server admin. It is registered as a default rather than saved
 * in config.json: express-pouchdb rewrites that file from its constructor, and a second save at the
 * same time fails; and the password stays out of the data folder.
 */
async function registerAdmin(config, { user, password }) {
  const hashed = await hashAdminPasswords({ [user]: password });
  config.registerDefault('admins', user, hashed[user]);
}

function digest(text) {
  return createHash('sha256').update(text).digest();
}

function basicUserAndPassword(authorization) {
  const match = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  return decoded.includes(':') ? decoded : undefined;
}

function requireUser({ user, password }) {
  const expected = digest(`${user}:${password}`);
  return (request, response, next) => {
    const given = basicUserAndPassword(request.headers.authorization);
    if (given !== undefined && timingSafeEqual(digest(given), expected)) return next();
    response.status(401).json({
      error: 'unauthorized',
      reason: given === undefined ? 'Authentication required.' : 'Name or password is incorrect.',
    });
  };
}

async function startSyncServer({ port, dataDir, credentials }) {
  mkdirSync(dataDir, { recursive: true });
  const databases = expressPouchDB({
    configPath: resolve(dataDir, 'config.json'),
    logPath: resolve(dataDir, 'log.txt'),
  });
  const config = databases.couchConfig;
  if (credentials) await registerAdmin(config, credentials);
  await databases.setPouchDB(PouchDB.defaults({ prefix: dataDir + sep }));

  const app = express();
  app.use(corsFromConfig(config));
  if (credentials) app.use(requireUser(credentials));
  app.use(databases);

  const server = app.listen(port, HOST);
  await new Promise((listening, fail) => {
    server.once('listening', listening);
    server.once('error', fail);
  });
  const close = () =>
    new Promise((closed) => {
      server.close(closed);
      // Changes feeds hold their connections open; the server closes only once they are gone.
      server.closeAllConnections();
    });
  return { url: `http://${HOST}:${server.address().port}`, close };
}

try {
  const settings = readSettings(process.env);
  const server = await startSyncServer(settings);
  const access = settings.credentials ? `, user "${settings.credentials.user}" required` : '';
  process.stdout.write(`Sync server on ${server.url}, data in ${settings.dataDir}${access}\n`);
  const stop = async () => {
    await server.close();
    // Open databases and the replicator keep the event loop alive after the server closes.
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  // Started by a test (with an IPC channel): stop when that process goes, even if it was killed.
  process.once('disconnect', stop);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
}

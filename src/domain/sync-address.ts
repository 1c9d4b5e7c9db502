import { isSyncOrigin } from './sync-origin';

/** The sync server address a person types, checked, and named the way the server needs it. */

export type SyncAddressRead =
  { ok: true; address: string; origin: string } | { ok: false; problem: string };

/** The database used when the address names only the server. */
export const DEFAULT_DATABASE = 'previously';

/** Where http:// is allowed: a server on this machine, reached without crossing a network. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** CouchDB's rule for database names. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

export function readSyncAddress(typed: string): SyncAddressRead {
  const text = typed.trim();
  if (text === '') return { ok: false, problem: 'Type the address of your sync server.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return {
      ok: false,
      problem:
        'That is not a web address. It starts with https:// or http://, e.g. https://couch.example.org/previously.',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, problem: 'The address must start with https:// or http://.' };
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return {
      ok: false,
      problem:
        'Use https:// for a server on another machine: over http:// your password and notes would cross the network readable by anyone on the way. http:// is for a server on this machine (127.0.0.1 or localhost).',
    };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      ok: false,
      problem: 'Put the user name and password in their own fields, not in the address.',
    };
  }
  if (url.search !== '' || url.hash !== '') {
    return { ok: false, problem: 'The address cannot hold "?" or "#".' };
  }
  if (!isSyncOrigin(url.origin)) {
    return {
      ok: false,
      problem:
        'Name the server by a host name (letters, digits, dots and hyphens) or an IPv4 address; the page cannot be allowed to reach other forms.',
    };
  }
  const name = decodeURIComponent(url.pathname.replace(/^\/+|\/+$/g, ''));
  const database = name === '' ? DEFAULT_DATABASE : name;
  if (!DATABASE_NAME.test(database)) {
    return {
      ok: false,
      problem:
        'The database name after the server must start with a lower-case letter and hold only lower-case letters, digits and _ $ ( ) + - /.',
    };
  }
  return {
    ok: true,
    address: `${url.origin}/${encodeURIComponent(database)}`,
    origin: url.origin,
  };
}

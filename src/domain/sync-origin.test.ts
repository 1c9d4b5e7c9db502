import { describe, expect, it } from 'vitest';
import { isSyncOrigin } from './sync-origin';

describe('isSyncOrigin', () => {
  it.each([
    'http://127.0.0.1:5984',
    'http://localhost:5984',
    'https://couch.example.org',
    'https://couch.example.org:6984',
    'https://xn--bcher-kva.example',
  ])('admits %s', (origin) => {
    expect(isSyncOrigin(origin)).toBe(true);
  });

  it.each([
    ['a path', 'https://couch.example.org/db'],
    ['a trailing slash', 'https://couch.example.org/'],
    ['credentials', 'https://admin:secret@couch.example.org'],
    ['a wildcard', 'https://*.example.org'],
    ['a second directive', 'https://x.org; script-src *'],
    ['a semicolon in the host', 'https://x.org;'],
    ['a quote', "'self'"],
    ['a space', 'https://x.org https://y.org'],
    ['another scheme', 'ftp://couch.example.org'],
    ['a scheme alone', 'https:'],
    ['capitals', 'https://Couch.example.org'],
    ['a default port', 'https://couch.example.org:443'],
    ['an IPv4 address written otherwise', 'http://0x7f.1:5984'],
    ['an IPv6 address', 'http://[::1]:5984'],
    ['a query', 'https://couch.example.org?x=1'],
    ['a port out of range', 'http://127.0.0.1:99999'],
  ])('refuses an origin with %s', (_reason, value) => {
    expect(isSyncOrigin(value)).toBe(false);
  });

  it('refuses what is not a string', () => {
    expect(isSyncOrigin(true)).toBe(false);
    expect(isSyncOrigin(undefined)).toBe(false);
    expect(isSyncOrigin(['https://couch.example.org'])).toBe(false);
  });
});

import { expect, test } from 'vitest';
import { readSyncAddress } from './sync-address';

test('takes the address of a database, or names the default one after a bare server', () => {
  expect(readSyncAddress(' http://127.0.0.1:5984/ana ')).toEqual({
    ok: true,
    address: 'http://127.0.0.1:5984/ana',
    origin: 'http://127.0.0.1:5984',
  });
  expect(readSyncAddress('https://couch.example.org/')).toEqual({
    ok: true,
    address: 'https://couch.example.org/previously',
    origin: 'https://couch.example.org',
  });
});

test.each([
  ['', /^Type the address/],
  ['couch.example.org', /^That is not a web address/],
  ['ftp://couch.example.org/db', /https:\/\/ or http:\/\//],
  ['http://couch.example.org/db', /^Use https:\/\/ for a server on another machine/],
  ['https://ana:secret@couch.example.org/db', /own fields/],
  ['https://couch.example.org/db?x=1', /"\?" or "#"/],
  ['https://couch.example.org/Ana', /lower-case letter/],
  ['https://[::1]:5984/ana', /host name .* or an IPv4 address/],
  ['https://my_couch.example.org/ana', /host name .* or an IPv4 address/],
])('refuses %j, naming what is wrong', (typed, problem) => {
  const read = readSyncAddress(typed);
  expect(read.ok).toBe(false);
  if (!read.ok) expect(read.problem).toMatch(problem);
});

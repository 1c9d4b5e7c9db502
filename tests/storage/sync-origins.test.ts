import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import {
  admitSyncOrigin,
  admittedSyncOrigins,
  forgetSyncOrigin,
  isAdmittedByThisPage,
} from '../../src/storage/sync-origins';

afterEach(async () => {
  for (const origin of await admittedSyncOrigins()) await forgetSyncOrigin(origin);
  document.head.replaceChildren();
});

describe('the admitted sync origins', () => {
  it('are kept until forgotten', async () => {
    await admitSyncOrigin('http://127.0.0.1:5984');
    await admitSyncOrigin('https://couch.example.org');
    expect((await admittedSyncOrigins()).sort()).toEqual([
      'http://127.0.0.1:5984',
      'https://couch.example.org',
    ]);
    await forgetSyncOrigin('http://127.0.0.1:5984');
    expect(await admittedSyncOrigins()).toEqual(['https://couch.example.org']);
  });

  it('never take an address that is not an origin, and leave out one stored by other means', async () => {
    await expect(admitSyncOrigin('https://couch.example.org/db')).rejects.toThrow(RangeError);
    const database = await openDB('previously-sync-origins', 1);
    await database.put('origins', true, 'https://x.org; script-src *');
    database.close();
    expect(await admittedSyncOrigins()).toEqual([]);
  });
});

describe('isAdmittedByThisPage', () => {
  it('says whether the policy this page loaded with lists the origin', () => {
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "default-src 'self'; connect-src 'self' http://127.0.0.1:5984";
    document.head.append(meta);
    expect(isAdmittedByThisPage('http://127.0.0.1:5984')).toBe(true);
    expect(isAdmittedByThisPage('https://couch.example.org')).toBe(false);
    expect(isAdmittedByThisPage(window.location.origin)).toBe(true);
  });
});

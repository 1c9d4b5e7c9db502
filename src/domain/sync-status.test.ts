import { expect, test } from 'vitest';
import { syncStatusText, type SyncReport } from './sync-status';

const NOW = Date.UTC(2026, 11, 3, 12, 0, 0);
const report = (change: Partial<SyncReport>): SyncReport => ({
  state: 'synced',
  syncedAt: NOW,
  waiting: 0,
  ...change,
});

test('says when it last synced, in words', () => {
  expect(syncStatusText(report({ syncedAt: NOW - 20_000 }), NOW)).toBe('Synced just now.');
  expect(syncStatusText(report({ syncedAt: NOW - 2 * 60_000 }), NOW)).toBe('Synced 2 minutes ago.');
  expect(syncStatusText(report({ syncedAt: NOW - 60 * 60_000 }), NOW)).toBe('Synced 1 hour ago.');
});

test('says how many changes wait while offline or paused', () => {
  expect(syncStatusText(report({ state: 'offline', waiting: 3 }), NOW)).toBe(
    'Offline — 3 changes waiting. Synced just now.',
  );
  expect(syncStatusText(report({ state: 'paused', waiting: 1, syncedAt: null }), NOW)).toBe(
    'Paused — 1 change waiting. Not synced yet.',
  );
});

test('says the server refused the password', () => {
  expect(syncStatusText(report({ state: 'refused' }), NOW)).toMatch(
    /^Server refused the password\./,
  );
});

test('says when another tab syncs the profile', () => {
  expect(syncStatusText(report({ state: 'elsewhere' }), NOW)).toBe(
    'Another Previously tab syncs this profile; changes made here reach the server through it.',
  );
});

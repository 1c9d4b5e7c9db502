import { expect, test } from 'vitest';
import { settingsToApply, settingsToSend, type SyncedSetting } from './sync-settings';

const setting = (key: SyncedSetting['key'], value: unknown, at: number): SyncedSetting => ({
  kind: 'setting',
  schema: 1,
  key,
  value,
  at,
});

test('sends each setting chosen here that the synced records do not hold, and nothing unset', () => {
  const synced = [setting('upcomingTitles', 'next', 100), setting('peekSeconds', 5, 100)];
  expect(settingsToSend({ upcomingTitles: 'all', peekSeconds: 5 }, synced, 500)).toEqual([
    setting('upcomingTitles', 'all', 500),
  ]);
  expect(settingsToSend({}, synced, 500)).toEqual([]);
});

test('times a change after the version it replaces, even when this clock runs behind', () => {
  const synced = [setting('peekSeconds', 5, 900)];
  expect(settingsToSend({ peekSeconds: 9 }, synced, 500)).toEqual([setting('peekSeconds', 9, 901)]);
});

test('takes only the synced settings whose value differs from this device’s', () => {
  const rules = { ballard: { strict: true, upcoming: null, met: [] } };
  const synced = [setting('upcomingTitles', 'none', 1), setting('showRules', rules, 1)];
  expect(settingsToApply({ upcomingTitles: 'none', showRules: {} }, synced)).toEqual([
    setting('showRules', rules, 1),
  ]);
});

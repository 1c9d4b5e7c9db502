import { SYNC_SCHEMA } from './sync-items';

/**
 * The settings that sync, each as one record holding its whole value: upcoming titles, the peek
 * length, and every show's own rules. Between two versions of one the later stands.
 */
export const SYNCED_SETTINGS = ['upcomingTitles', 'peekSeconds', 'showRules'] as const;

export type SyncedSettingKey = (typeof SYNCED_SETTINGS)[number];

export interface SyncedSetting {
  kind: 'setting';
  schema: number;
  key: SyncedSettingKey;
  value: unknown;
  at: number;
}

export const settingRecordId = (key: SyncedSettingKey) => `setting:${key}`;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The settings to send: each one set on this device whose value the synced record does not hold,
 * timed now, and never before the version it replaces.
 */
export function settingsToSend(
  stored: Partial<Record<SyncedSettingKey, unknown>>,
  synced: readonly SyncedSetting[],
  now: number,
): SyncedSetting[] {
  const syncedByKey = new Map(synced.map((setting) => [setting.key, setting]));
  return SYNCED_SETTINGS.flatMap((key) => {
    const value = stored[key];
    const known = syncedByKey.get(key);
    if (value === undefined || (known && sameValue(known.value, value))) return [];
    const at = Math.max(now, (known?.at ?? 0) + 1);
    return [{ kind: 'setting', schema: SYNC_SCHEMA, key, value, at }];
  });
}

/** The synced settings this device does not hold yet. */
export function settingsToApply(
  stored: Partial<Record<SyncedSettingKey, unknown>>,
  synced: readonly SyncedSetting[],
): SyncedSetting[] {
  return synced.filter((setting) => !sameValue(stored[setting.key], setting.value));
}

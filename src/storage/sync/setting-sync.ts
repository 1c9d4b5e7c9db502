import type { PouchRecord } from 'pouchdb-browser';
import * as v from 'valibot';
import { latestVersion, SYNC_SCHEMA } from '../../domain/sync-items';
import {
  settingRecordId,
  settingsToApply,
  settingsToSend,
  SYNCED_SETTINGS,
  type SyncedSetting,
  type SyncedSettingKey,
} from '../../domain/sync-settings';
import type { PreviouslyDatabase } from '../database';
import { peekSecondsSchema, upcomingTitlesSchema } from '../repository';
import { showRulesByShowSchema } from '../show-rules-repository';
import type { Mirror } from './mirror';
import { recordsSent, type Sending } from './records-sent';

/** Settings between the app's settings store and the profile's mirror; see item-sync.ts. */

const VALUE_SCHEMAS: Record<SyncedSettingKey, v.GenericSchema> = {
  upcomingTitles: upcomingTitlesSchema,
  peekSeconds: peekSecondsSchema,
  showRules: showRulesByShowSchema,
};

const syncedSettingSchema = v.object({
  kind: v.literal('setting'),
  schema: v.literal(SYNC_SCHEMA),
  key: v.picklist(SYNCED_SETTINGS),
  value: v.unknown(),
  at: v.number(),
});

/** A setting from the server, checked as a stored one is; anything else is left as it is. */
export function readSetting(record: unknown): SyncedSetting | null {
  const parsed = v.safeParse(syncedSettingSchema, record);
  if (!parsed.success) return null;
  const value = v.safeParse(VALUE_SCHEMAS[parsed.output.key], parsed.output.value);
  return value.success ? { ...parsed.output, value: value.output } : null;
}

async function storedSettings(
  database: PreviouslyDatabase,
): Promise<Partial<Record<SyncedSettingKey, unknown>>> {
  const values = await Promise.all(SYNCED_SETTINGS.map((key) => database.get('settings', key)));
  return Object.fromEntries(SYNCED_SETTINGS.map((key, at) => [key, values[at]]));
}

/** Writes to the mirror the settings this device changed. */
export async function settingsSent(sending: Sending, database: PreviouslyDatabase): Promise<void> {
  // Taken before what is stored is read: an unmark or deletion is timed before any change since.
  const now = sending.changedAt ?? Date.now();
  const stored = await storedSettings(database);
  await recordsSent(sending, 'setting:', readSetting, (taken) =>
    settingsToSend(stored, taken, now).map((record) => ({
      id: settingRecordId(record.key),
      record,
    })),
  );
}

/** Of two versions of one setting, keeps the later and removes the other. */
export async function settingConflictSettled(
  mirror: Mirror,
  current: { rev: string; setting: SyncedSetting },
  others: readonly PouchRecord[],
): Promise<SyncedSetting> {
  const id = settingRecordId(current.setting.key);
  const readable = others.flatMap((other) => {
    const setting = readSetting(other);
    return setting ? [{ rev: other._rev, setting }] : [];
  });
  const versions = [current.setting, ...readable.map(({ setting }) => setting)];
  const standing = versions[latestVersion(versions)] ?? current.setting;
  if (standing !== current.setting) await mirror.put({ ...standing, _id: id, _rev: current.rev });
  await Promise.all(readable.map(({ rev }) => mirror.remove(id, rev)));
  return standing;
}

/** Takes settings from the server into the settings store; resolves to whether any changed. */
export async function settingsTaken(
  database: PreviouslyDatabase,
  settings: readonly SyncedSetting[],
): Promise<boolean> {
  const toApply = settingsToApply(await storedSettings(database), settings);
  if (toApply.length === 0) return false;
  const transaction = database.transaction('settings', 'readwrite');
  await Promise.all([
    ...toApply.map(({ key, value }) => transaction.store.put(value, key)),
    transaction.done,
  ]);
  return true;
}

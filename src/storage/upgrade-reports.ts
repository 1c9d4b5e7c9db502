import type { PreviouslyDatabase } from './database-schema';

/**
 * What an upgrade of the stored data set aside, kept in the settings store until the app has
 * told the user: an upgrade runs before any page exists to say so.
 */
export const UPGRADE_REPORTS_KEY = 'upgradeReports';

export function upgradeReport(store: string, key: string): string {
  return `While upgrading your saved data, a record ("${key}" in ${store}) could not be read. It was kept aside unchanged, and a full backup includes it.`;
}

/** The reports an upgrade left, removed once read so each is told once. */
export async function takeUpgradeReports(database: PreviouslyDatabase): Promise<string[]> {
  const reports: unknown = await database.get('settings', UPGRADE_REPORTS_KEY);
  if (reports === undefined) return [];
  await database.delete('settings', UPGRADE_REPORTS_KEY);
  return Array.isArray(reports) ? reports.filter((item) => typeof item === 'string') : [];
}

import type { IDBPTransaction, StoreNames } from 'idb';
import * as v from 'valibot';
import { entryCodesInOneForm, packCodesInOneForm } from '../domain/codes-in-one-form';
import { inOneForm } from '../domain/episode-code';
import type { Entry } from '../domain/pack';
import { revealKeysInOneForm } from '../domain/reveal-keys';
import { legacyKey, type PreviouslySchema, type StoredShow } from './database-schema';
import { storedEntriesSchema, storedShowSchema } from './stored-schemas';
import { UPGRADE_REPORTS_KEY } from './upgrade-reports';

/**
 * Version 3 took "S01E01", "S1E01" and "S1E1" for three episodes. Version 4 writes every code one
 * way ("S1E1"), inside the upgrade: shows, entries and notes, the progress and reveals keyed by
 * code, and the reveals of entries whose fingerprint covered a code written another way. A show
 * that listed one episode under two forms keeps the first; the record as it was is kept aside in
 * quarantine and the user is told. Records that cannot be read stay as they were, for the app to
 * set aside when it reads them.
 */

type UpgradeTransaction = IDBPTransaction<
  PreviouslySchema,
  StoreNames<PreviouslySchema>[],
  'versionchange'
>;

/** The show with its codes in one form, each episode once. */
function showInOneForm(show: StoredShow): { show: StoredShow; repeated: string[] } {
  const { episodes, characters } = packCodesInOneForm({ ...show, entries: [] });
  const seen = new Set<string>();
  const repeated: string[] = [];
  const once = episodes.filter((episode, index) => {
    if (!seen.has(episode.code)) {
      seen.add(episode.code);
      return true;
    }
    repeated.push(`${show.episodes[index]?.code ?? episode.code} as ${episode.code}`);
    return false;
  });
  return { show: { show: show.show, episodes: once, characters: [...characters] }, repeated };
}

async function showsInOneForm(transaction: UpgradeTransaction): Promise<string[]> {
  const reports: string[] = [];
  let cursor = await transaction.objectStore('shows').openCursor();
  while (cursor) {
    const parsed = v.safeParse(storedShowSchema, cursor.value);
    if (parsed.success) {
      const { show, repeated } = showInOneForm(parsed.output);
      if (repeated.length > 0) {
        const key = `shows/${cursor.key}/before-one-form-codes`;
        await transaction.objectStore('quarantine').put(
          {
            store: 'shows',
            key: cursor.key,
            value: cursor.value,
            reason: 'listed one episode under two forms of its code',
            at: Date.now(),
          },
          key,
        );
        reports.push(
          `While upgrading your saved data, the show "${cursor.key}" listed one episode under two forms of its code (${repeated.join(', ')}). The first is kept; the show as it was is kept aside, and a full backup includes it.`,
        );
      }
      await cursor.update(show);
    }
    cursor = await cursor.continue();
  }
  return reports;
}

/** Entries with codes in one form; answers each show's entries as they were written. */
async function entriesInOneForm(
  transaction: UpgradeTransaction,
): Promise<Map<string, readonly Entry[]>> {
  const asWritten = new Map<string, readonly Entry[]>();
  let cursor = await transaction.objectStore('entries').openCursor();
  while (cursor) {
    const parsed = v.safeParse(storedEntriesSchema, cursor.value);
    if (parsed.success) {
      asWritten.set(cursor.key, parsed.output);
      const entries = parsed.output.map(entryCodesInOneForm);
      if (entries.some((entry, index) => entry !== parsed.output[index])) {
        await cursor.update(entries);
      }
    }
    cursor = await cursor.continue();
  }
  return asWritten;
}

async function notesInOneForm(transaction: UpgradeTransaction): Promise<void> {
  let cursor = await transaction.objectStore('notes').openCursor();
  while (cursor) {
    const note = cursor.value;
    if (typeof note.spoils === 'string' && inOneForm(note.spoils) !== note.spoils) {
      await cursor.update({ ...note, spoils: inOneForm(note.spoils) });
    }
    cursor = await cursor.continue();
  }
}

/** Moves each record of a store keyed [showId, item] to the key its item now has. */
async function rekeyed(
  transaction: UpgradeTransaction,
  storeName: 'progress' | 'reveals',
  newItem: (showId: string, item: string) => string,
): Promise<void> {
  const store = transaction.objectStore(storeName);
  for (const key of await store.getAllKeys()) {
    const [showId, item] = key;
    if (typeof showId !== 'string' || typeof item !== 'string') continue;
    const renamed = newItem(showId, item);
    if (renamed === item) continue;
    const record = await store.get(key);
    if (record === undefined) continue;
    // A mark made under both forms is one mark; the later write wins, and either says watched.
    await store.put(record as never, legacyKey(showId, renamed));
    await store.delete(key);
  }
}

export async function putCodesInOneForm(transaction: UpgradeTransaction): Promise<void> {
  const reports = await showsInOneForm(transaction);
  const entriesAsWritten = await entriesInOneForm(transaction);
  await notesInOneForm(transaction);
  await rekeyed(transaction, 'progress', (_showId, code) => inOneForm(code));
  const revealKeysByShow = new Map<string, string[]>();
  for (const [showId, revealKey] of await transaction.objectStore('reveals').getAllKeys()) {
    revealKeysByShow.set(showId, [...(revealKeysByShow.get(showId) ?? []), revealKey]);
  }
  const renamedByShow = new Map(
    [...revealKeysByShow].map(([showId, keys]) => [
      showId,
      revealKeysInOneForm(keys, entriesAsWritten.get(showId) ?? []),
    ]),
  );
  await rekeyed(
    transaction,
    'reveals',
    (showId, revealKey) => renamedByShow.get(showId)?.get(revealKey) ?? revealKey,
  );
  if (reports.length > 0) {
    const settings = transaction.objectStore('settings');
    const earlier: unknown = await settings.get(UPGRADE_REPORTS_KEY);
    await settings.put(
      [...(Array.isArray(earlier) ? earlier : []), ...reports],
      UPGRADE_REPORTS_KEY,
    );
  }
}

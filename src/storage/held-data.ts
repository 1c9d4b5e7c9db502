import type { PreviouslyDatabase } from './database';
import type { RescuedContent, RescuedRecord } from './rescued-content';

const RESCUED_STORES: readonly RescuedRecord['store'][] = [
  'shows',
  'entries',
  'notes',
  'quarantine',
  'settings',
];

/**
 * Reads every record the stores may not hold, for a database about to be deleted. The read starts
 * before this function first waits, so it completes even when the connection is closed right after.
 */
export async function rescueRead(
  database: PreviouslyDatabase,
  heldShowIds: ReadonlySet<string>,
): Promise<RescuedContent> {
  const transaction = database.transaction([...RESCUED_STORES, 'progress', 'reveals'], 'readonly');
  const marks = Promise.all([
    transaction.objectStore('progress').getAllKeys(),
    transaction.objectStore('reveals').getAllKeys(),
  ]);
  const read = await Promise.all(
    RESCUED_STORES.map(async (store) => {
      const [keys, values] = await Promise.all([
        transaction.objectStore(store).getAllKeys(),
        transaction.objectStore(store).getAll(),
      ]);
      return keys.map((key, index) => ({ store, key: String(key), value: values[index] }));
    }),
  );
  const [progressKeys, revealKeys] = await marks;
  const { rescuedContent } = await import('./rescued-content');
  return rescuedContent(read.flat(), { progressKeys, revealKeys }, heldShowIds);
}

import { openDB } from 'idb';

export type DatabaseDump = Record<string, { key: IDBValidKey; value: unknown }[]>;

/** Every record of every store, to check that a refused import changed nothing at all. */
export async function dumpDatabase(name: string): Promise<DatabaseDump> {
  const database = await openDB(name);
  const dump: DatabaseDump = {};
  try {
    for (const storeName of database.objectStoreNames) {
      const transaction = database.transaction(storeName);
      const [keys, values] = await Promise.all([
        transaction.store.getAllKeys(),
        transaction.store.getAll(),
      ]);
      dump[storeName] = keys.map((key, index) => ({ key, value: values[index] }));
    }
  } finally {
    database.close();
  }
  return dump;
}

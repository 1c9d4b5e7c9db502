import { afterEach, expect, it, vi } from 'vitest';
import { parsePackText } from '../../src/domain/parse-pack';
import { openDatabase } from '../../src/storage/database';
import { freshDatabaseName, readBallardPack } from '../ui/app-harness';
import { createEarlierDatabase } from './earlier-database';

afterEach(() => vi.restoreAllMocks());

/** A version 3 database, as the app left it before codes took one form, with S01E01 watched. */
async function version3Database(): Promise<string> {
  const parsed = parsePackText(await readBallardPack());
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const name = freshDatabaseName();
  await createEarlierDatabase(name, 3, parsed.pack, (transaction) => {
    transaction.objectStore('progress').put({ watchedAt: 1 }, ['ballard', 'S01E01']);
  });
  return name;
}

async function storedProgressKeys(name: string): Promise<IDBValidKey[]> {
  const database = await openDatabase(name);
  const keys = await database.getAllKeys('progress');
  database.close();
  return keys;
}

it('upgrades data an older version stored', async () => {
  expect(await storedProgressKeys(await version3Database())).toEqual([
    ['first', 'ballard', 'S1E1'],
  ]);
});

it('upgrades it when an older tab made the database after the version was looked up', async () => {
  const name = await version3Database();
  vi.spyOn(indexedDB, 'databases').mockResolvedValue([]);
  expect(await storedProgressKeys(name)).toEqual([['first', 'ballard', 'S1E1']]);
});

it('upgrades it in a browser that cannot list its databases', async () => {
  const name = await version3Database();
  Object.defineProperty(indexedDB, 'databases', { configurable: true, value: undefined });
  try {
    expect(await storedProgressKeys(name)).toEqual([['first', 'ballard', 'S1E1']]);
  } finally {
    Reflect.deleteProperty(indexedDB, 'databases');
  }
});

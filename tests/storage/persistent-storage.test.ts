import { afterEach, expect, it, vi } from 'vitest';
import { useLibraryStore } from '../../src/stores/library-store';
import { resetStores } from '../../src/stores/reset-stores';
import { startApp, stopApp } from '../../src/stores/start-app';
import { useStartStore } from '../../src/stores/start-state';
import { freshDatabaseName, readBallardPack } from '../ui/app-harness';

afterEach(() => {
  stopApp();
  resetStores();
  Reflect.deleteProperty(navigator, 'storage');
});

it('asks the browser to keep its storage persistent when it starts', async () => {
  const persist = vi.fn(() => Promise.resolve(true));
  Object.defineProperty(navigator, 'storage', { configurable: true, value: { persist } });

  await startApp({ databaseName: freshDatabaseName(), readDefaultPack: readBallardPack });

  expect(persist).toHaveBeenCalledTimes(1);
});

it('starts all the same when the browser refuses or cannot ask', async () => {
  const persist = vi.fn(() => Promise.reject(new Error('not allowed')));
  Object.defineProperty(navigator, 'storage', { configurable: true, value: { persist } });
  await startApp({ databaseName: freshDatabaseName(), readDefaultPack: readBallardPack });

  expect(persist).toHaveBeenCalled();
  expect(useStartStore.getState().status).toBe('done');
  expect(useLibraryStore.getState().shows['ballard']?.show.title).toBe('Ballard');
});

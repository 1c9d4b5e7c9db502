import { readFile } from 'node:fs/promises';
import { cleanup, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider } from 'react-router';
import { createTestRouter } from '../../src/app/router';
import { resetStores } from '../../src/stores/reset-stores';
import { startApp, stopApp } from '../../src/stores/start-app';

let databases = 0;

/** Each test gets its own IndexedDB database, so nothing one test stored reaches another. */
export function freshDatabaseName(): string {
  databases += 1;
  return `previously-ui-test-${databases}-${Math.random().toString(36).slice(2)}`;
}

/** Tests run from the project root, as the npm scripts do. */
export const readBallardPack = () => readFile('public/packs/ballard.json', 'utf8');

/** Starts the app as main.tsx does (storage, stores, the Ballard default) and renders `path`. */
export async function startTestApp(path: string, databaseName = freshDatabaseName()) {
  resetStores();
  document.title = '';
  await startApp({ databaseName, readDefaultPack: readBallardPack });
  const router = createTestRouter(path);
  const user = userEvent.setup();
  render(<RouterProvider router={router} />);
  return { databaseName, router, user };
}

/** A reload: drop the page and every store, then rebuild them from what storage holds. */
export async function rebuildFromStorage(databaseName: string, path: string) {
  stopTestApp();
  return startTestApp(path, databaseName);
}

export function stopTestApp(): void {
  cleanup();
  stopApp();
  resetStores();
}

import { screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { startTestApp, stopTestApp } from '../ui/app-harness';

afterEach(() => {
  stopTestApp();
  Reflect.deleteProperty(navigator, 'storage');
});

async function expectLibraryShown() {
  expect(await screen.findByRole('heading', { level: 1, name: 'Your shows' })).toBeVisible();
  expect(await screen.findByRole('link', { name: 'Ballard' })).toHaveAttribute(
    'href',
    '/shows/ballard',
  );
}

it('asks the browser to keep its storage persistent when it starts', async () => {
  const persist = vi.fn(() => Promise.resolve(true));
  Object.defineProperty(navigator, 'storage', { configurable: true, value: { persist } });

  await startTestApp('/');

  expect(persist).toHaveBeenCalledTimes(1);
  await expectLibraryShown();
});

it('starts all the same when the browser refuses', async () => {
  const persist = vi.fn(() => Promise.reject(new Error('not allowed')));
  Object.defineProperty(navigator, 'storage', { configurable: true, value: { persist } });

  await startTestApp('/');

  expect(persist).toHaveBeenCalledTimes(1);
  await expectLibraryShown();
});

it('starts all the same when the browser cannot ask', async () => {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: {} });

  await startTestApp('/');

  await expectLibraryShown();
});

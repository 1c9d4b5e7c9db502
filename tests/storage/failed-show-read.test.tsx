import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { rebuildFromStorage, startTestApp, stopTestApp } from '../ui/app-harness';
import { dumpDatabase } from './database-dump';

afterEach(() => {
  vi.restoreAllMocks();
  stopTestApp();
});

it('says a show whose record could not be read this time stays covered, and to reload; nothing is set aside', async () => {
  const { databaseName } = await startTestApp('/');
  await screen.findByRole('link', { name: 'Ballard' });
  // Started again, so that only the summaries are read and the record is read as its page opens.
  const { router } = await rebuildFromStorage(databaseName, '/');
  await screen.findByRole('link', { name: 'Ballard' });
  const { get } = IDBObjectStore.prototype;
  vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (
    this: IDBObjectStore,
    query: IDBValidKey | IDBKeyRange,
  ) {
    if (this.name === 'shows') throw new DOMException('The disk is busy', 'UnknownError');
    return get.call(this, query);
  });

  await act(() => router.navigate('/shows/ballard'));

  expect(
    await screen.findByRole('heading', { level: 1, name: 'This show could not be read' }),
  ).toBeVisible();
  expect(screen.getByText(/If reloading does not help, import its recap pack again/)).toBeVisible();
  const messages = within(screen.getByRole('region', { name: 'Messages' }));
  expect(
    messages.getByText(
      /"ballard" could not be read \(.+\); it stays covered\. Reload to try again\./,
    ),
  ).toBeVisible();
  vi.restoreAllMocks();
  expect((await dumpDatabase(databaseName)).quarantine ?? []).toEqual([]);
});

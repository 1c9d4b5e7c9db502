import { act, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { packStored } from '../../src/stores/library-store';
import { startTestApp, stopTestApp } from './app-harness';
import { TITLED_PACK } from './test-packs';

afterEach(stopTestApp);

// "constructor" is a valid slug, and every plain object answers it with Object's own function.
it('treats a show id that names an object property like any other', async () => {
  const { router } = await startTestApp('/shows/constructor');
  expect(await screen.findByRole('heading', { level: 1, name: 'No such show' })).toBeVisible();

  await act(() => packStored({ ...TITLED_PACK, show: { ...TITLED_PACK.show, id: 'constructor' } }));
  await act(() => router.navigate('/'));
  expect(await screen.findByRole('link', { name: 'Tiny Show' })).toHaveAttribute(
    'href',
    '/shows/constructor',
  );
  await act(() => router.navigate('/shows/constructor'));
  expect(await screen.findByRole('checkbox', { name: 'Watched S1E1' })).not.toBeChecked();
});

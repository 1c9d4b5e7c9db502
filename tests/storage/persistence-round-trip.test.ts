import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { FIRST_PROFILE } from '../../src/storage/database';
import { episodesMarked } from '../../src/stores/progress-marks';
import { useRevealsStore } from '../../src/stores/reveals-store';
import { itemRevealed } from '../../src/stores/reveal-actions';
import { rebuildFromStorage, startTestApp, stopTestApp } from '../ui/app-harness';

afterEach(stopTestApp);

it('finds marks, reveals and notes again after the stores are rebuilt from storage', async () => {
  const { user, databaseName } = await startTestApp('/shows/ballard/episodes/S1E2');
  await user.click(await screen.findByRole('checkbox', { name: 'Watched S1E2' }));
  await act(async () => {
    await episodesMarked('ballard', ['S1E1'], true);
    await itemRevealed('ballard', 'entry:finale-recap');
  });
  const form = await screen.findByRole('form', { name: 'Add a note' });
  await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Remember this');
  await user.click(within(form).getByRole('button', { name: 'Save note' }));
  await screen.findByRole('heading', { name: 'Remember this' });

  await rebuildFromStorage(databaseName, '/shows/ballard/episodes/S1E2');

  expect(await screen.findByRole('checkbox', { name: 'Watched S1E2' })).toBeChecked();
  expect(await screen.findByRole('heading', { name: 'Remember this' })).toBeVisible();
  expect(useRevealsStore.getState().revealed[FIRST_PROFILE.id]?.ballard).toEqual(
    new Set(['entry:finale-recap']),
  );
});

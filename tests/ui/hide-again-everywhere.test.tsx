import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { packStored } from '../../src/stores/library-store';
import { noteSaved } from '../../src/stores/notes-store';
import { startTestApp, stopTestApp } from './app-harness';
import { TITLED_PACK } from './test-packs';

afterEach(stopTestApp);

async function revealIn(container: HTMLElement, user: UserEvent) {
  await user.click(within(container).getByRole('button', { name: 'Reveal' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal' }));
}

it('offers Hide again beside an episode row whose title and synopsis were revealed early', async () => {
  const started = await startTestApp('/');
  await act(() => packStored(TITLED_PACK));
  await act(() => started.router.navigate('/shows/tiny'));
  const row = (await screen.findByRole('link', { name: 'S1E3 Episode 3' })).closest(
    'li',
  ) as HTMLElement;
  await revealIn(row, started.user);

  expect(await within(row).findByRole('link', { name: 'S1E3 The End' })).toBeVisible();
  await started.user.click(within(row).getByRole('button', { name: 'Hide again' }));
  expect(await within(row).findByRole('link', { name: 'S1E3 Episode 3' })).toBeVisible();
  expect(within(row).getByRole('button', { name: 'Reveal' })).toHaveFocus();
  expect(document.body.innerHTML).not.toContain('The End');
});

it('offers Hide again beside a note of yours revealed early', async () => {
  const started = await startTestApp('/');
  await act(() => packStored(TITLED_PACK));
  await act(() =>
    noteSaved({
      id: 'note-1',
      showId: 'tiny',
      kind: 'note',
      spoils: 'S1E3',
      title: 'Lighthouse theory',
      body: 'The keeper knew.',
      characters: [],
      keywords: [],
      date: null,
      source: null,
      updatedAt: 1,
    }),
  );
  await act(() => started.router.navigate('/shows/tiny/episodes/S1E3'));
  const notes = await screen.findByRole('region', { name: 'Your notes' });
  const covered = (await within(notes).findByText('Opens after S1E3')).closest('li') as HTMLElement;
  await revealIn(covered, started.user);

  expect(await within(notes).findByRole('heading', { name: 'Lighthouse theory' })).toBeVisible();
  await started.user.click(within(notes).getByRole('button', { name: 'Hide again' }));
  expect(await within(notes).findByText('Opens after S1E3')).toBeVisible();
  expect(document.body.innerHTML).not.toContain('Lighthouse theory');
});

it('forgets a revealed note when it is deleted, so a later note under its id stays covered', async () => {
  const started = await startTestApp('/');
  await act(() => packStored(TITLED_PACK));
  const note = {
    id: 'shared-id',
    showId: 'tiny',
    kind: 'note' as const,
    spoils: 'S1E3',
    title: 'First theory',
    body: 'One.',
    characters: [],
    keywords: [],
    date: null,
    source: null,
    updatedAt: 1,
  };
  await act(() => noteSaved(note));
  await act(() => started.router.navigate('/shows/tiny/episodes/S1E3'));
  const notes = await screen.findByRole('region', { name: 'Your notes' });
  const covered = (await within(notes).findByText('Opens after S1E3')).closest('li') as HTMLElement;
  await revealIn(covered, started.user);
  expect(await within(notes).findByRole('heading', { name: 'First theory' })).toBeVisible();

  await started.user.click(within(notes).getByRole('button', { name: 'Delete “First theory”' }));
  await started.user.click(screen.getByRole('button', { name: 'Delete' }));
  await act(() => noteSaved({ ...note, title: 'Someone else’s theory', updatedAt: 2 }));
  expect(await within(notes).findByText('Opens after S1E3')).toBeVisible();
  expect(document.body.innerHTML).not.toContain('Someone else’s theory');
});

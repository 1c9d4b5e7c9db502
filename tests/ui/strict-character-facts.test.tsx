import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import {
  character,
  entry,
  episode,
  pack,
  seasonCodes,
} from '../../src/domain/testing/pack-builders';
import { packStored } from '../../src/stores/library-store';
import { startTestApp, stopTestApp } from './app-harness';

/**
 * Issue 10, item 3: in strict mode a character's covered facts stand as one placeholder with no
 * count and no kind, as an episode's do: three placeholders under a name say three facts to come.
 */

afterEach(stopTestApp);

const fact = (id: string, spoils: string | null, body: string) =>
  entry(id, spoils, { kind: 'fact', title: null, body, characters: ['mara'] });

const KIN = pack({
  show: { id: 'kin', title: 'Kin', network: null, premiered: null, summary: null },
  episodes: seasonCodes(1, 4).map((code) => episode(code)),
  characters: [
    character('mara', null, { name: 'Mara Vell' }),
    character('ollie', 'S1E1', { name: 'Ollie Vell' }),
  ],
  entries: [
    fact('mara-island', null, 'Grew up on the island.'),
    fact('mara-debt', 'S1E2', 'Owes the harbour master money.'),
    fact('mara-boat', 'S1E2', 'Keeps a second boat.'),
    fact('mara-lighthouse', 'S1E3', 'Sold the lighthouse.'),
  ],
});

async function kinShowPage() {
  const started = await startTestApp('/');
  await act(() => packStored(KIN));
  await act(() => started.router.navigate('/shows/kin'));
  await screen.findByRole('heading', { level: 1, name: 'Kin' });
  return started;
}

/** Mara's facts on the show page: her card in "Characters so far". */
async function marasCard(): Promise<HTMLElement> {
  const characters = screen.getByRole('region', { name: 'Characters so far' });
  const name = await within(characters).findByRole('heading', { name: 'Mara Vell' });
  return name.closest('li')!;
}

async function strictModeOn(user: UserEvent) {
  await user.click(screen.getByRole('checkbox', { name: 'Strict mode' }));
  expect(screen.getByRole('checkbox', { name: 'Strict mode' })).toBeChecked();
}

/** One Reveal, whose placeholder names neither a kind nor a count. */
function expectOnePlaceholder(where: HTMLElement, opensAfter: string) {
  const reveal = within(where).getByRole('button', { name: 'Reveal' });
  expect(reveal).toHaveAccessibleDescription(`Something here Opens after ${opensAfter}`);
}

it('collapses a character’s covered facts on the show page into one placeholder for the soonest', async () => {
  const { user } = await kinShowPage();
  expect(await within(await marasCard()).findAllByRole('button', { name: 'Reveal' })).toHaveLength(
    3,
  );

  await strictModeOn(user);
  const card = await marasCard();
  expectOnePlaceholder(card, 'S1E2');
  expect(within(card).getByText('Grew up on the island.')).toBeVisible();

  await user.click(within(card).getByRole('button', { name: 'Reveal' }));
  const dialog = screen.getByRole('alertdialog');
  expect(dialog).toHaveTextContent('S1E2');
  await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));

  expect(await within(card).findByText('Owes the harbour master money.')).toBeVisible();
  expect(within(card).getByText('Keeps a second boat.')).toBeVisible();
  expect(within(card).queryByText('Sold the lighthouse.')).not.toBeInTheDocument();
  expectOnePlaceholder(card, 'S1E3');
});

it('does the same in the codex and on the character’s own page', async () => {
  const { user, router } = await kinShowPage();
  await strictModeOn(user);

  await act(() => router.navigate('/shows/kin/characters'));
  await screen.findByRole('heading', { level: 1, name: 'Characters so far' });
  const codexEntry = (await screen.findByRole('heading', { name: 'Mara Vell' })).closest('li')!;
  await within(codexEntry).findByText('Grew up on the island.');
  expectOnePlaceholder(codexEntry, 'S1E2');

  await act(() => router.navigate('/shows/kin/characters/mara'));
  await screen.findByRole('heading', { level: 1, name: 'Mara Vell' });
  const known = await screen.findByRole('region', { name: 'What you know' });
  expectOnePlaceholder(known, 'S1E2');
  expect(within(known).getByText('Grew up on the island.')).toBeVisible();
});

import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import type { Pack } from '../../src/domain/pack';
import { packStored } from '../../src/stores/library-store';
import { startTestApp, stopTestApp } from './app-harness';
import { TITLED_PACK } from './test-packs';
import { sentence } from './sentence';

afterEach(stopTestApp);

function packFile(content: unknown) {
  return new File([JSON.stringify(content)], 'pack.json', { type: 'application/json' });
}

const episodes = ['S1E1', 'S1E2', 'S1E3'].map((code) => ({
  code,
  title: null,
  airDate: null,
  runtime: null,
  synopsis: null,
}));

const twist = {
  id: 'twist',
  kind: 'reveal' as const,
  spoils: 'S1E2',
  title: 'The first twist',
  body: 'A door.',
  characters: [],
  keywords: [],
  date: null,
  source: null,
};

const FIRST_PACK: Pack = {
  show: { id: 'twisty', title: 'Twisty', network: null, premiered: null, summary: null },
  episodes,
  characters: [],
  entries: [twist],
};

/** The same show again, whose "twist" is now a different, later reveal. */
const REPLACING_PACK = {
  format: 'previously-pack',
  version: 1,
  ...FIRST_PACK,
  entries: [{ ...twist, spoils: 'S1E3', title: 'The later twist', body: 'A key.' }],
};

async function revealFirst(user: UserEvent) {
  await user.click((await screen.findAllByRole('button', { name: 'Reveal' }))[0]!);
  const dialog = screen.getByRole('alertdialog');
  await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
}

it('keeps a different item covered when a replaced pack gives it the id of one revealed', async () => {
  const { user, router } = await startTestApp('/');
  await act(() => packStored(FIRST_PACK));
  await act(() => router.navigate('/shows/twisty/episodes/S1E2'));
  await revealFirst(user);
  expect(await screen.findByRole('heading', { name: 'The first twist' })).toBeVisible();

  await act(() => router.navigate('/add'));
  await user.upload(await screen.findByLabelText('Import recap pack'), packFile(REPLACING_PACK));
  const dialog = await screen.findByRole('alertdialog', { name: 'Replace “Twisty”?' });
  await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
  expect(await screen.findByText(sentence('Replaced Twisty, with 3 episodes.'))).toBeVisible();

  await act(() => router.navigate('/shows/twisty/episodes/S1E3'));
  expect(await screen.findByRole('button', { name: 'Reveal' })).toBeVisible();
  expect(screen.queryByText('The later twist')).toBeNull();
  expect(screen.queryByText('A key.')).toBeNull();

  await act(() => router.navigate('/shows/twisty'));
  const revealed = await screen.findByRole('region', { name: 'Revealed early' });
  expect(
    await within(revealed).findByText(
      '1 revealed item changed since you revealed it, so it is covered again.',
    ),
  ).toBeVisible();
  expect(within(revealed).queryByText(/twist/i)).toBeNull();

  await user.click(within(revealed).getByRole('button', { name: 'Clear it' }));
  expect(
    await within(revealed).findByText('You have not revealed anything ahead of your progress.'),
  ).toBeVisible();
  expect(screen.queryByText('The later twist')).toBeNull();
});

it('offers Hide again beside an entry revealed on the episode page, then focuses its Reveal', async () => {
  const { user } = await startTestApp('/shows/ballard/episodes/S1E10');
  await screen.findByRole('heading', { level: 1, name: 'S1E10 Episode 10' });
  const placeholders = await screen.findAllByRole('button', { name: 'Reveal' });
  expect(screen.queryByRole('button', { name: 'Hide again' })).toBeNull();

  await revealFirst(user);
  const article = await screen.findByRole('article');
  const item = article.closest('li')!;
  const hide = within(item).getByRole('button', { name: 'Hide again' });
  expect(hide).toHaveAccessibleDescription('Revealed early.');

  await user.click(hide);
  await waitFor(() => expect(screen.queryByRole('article')).toBeNull());
  expect(screen.getAllByRole('button', { name: 'Reveal' })).toHaveLength(placeholders.length);
  expect(within(item).getByRole('button', { name: 'Reveal' })).toHaveFocus();
});

it('offers Hide again beside an episode synopsis revealed early', async () => {
  const { user, router } = await startTestApp('/');
  await act(() => packStored(TITLED_PACK));
  await act(() => router.navigate('/shows/tiny/episodes/S1E2'));
  const synopsis = await screen.findByRole('region', { name: 'Synopsis' });
  await user.click(await within(synopsis).findByRole('button', { name: 'Reveal' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal' }));
  expect(await within(synopsis).findByText('Everything changes at the lighthouse.')).toBeVisible();

  await user.click(within(synopsis).getByRole('button', { name: 'Hide again' }));
  await waitFor(() =>
    expect(within(synopsis).queryByText('Everything changes at the lighthouse.')).toBeNull(),
  );
  expect(within(synopsis).getByRole('button', { name: 'Reveal' })).toHaveFocus();
});

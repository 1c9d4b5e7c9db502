import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { packStored } from '../../src/stores/library-store';
import { noteSaved } from '../../src/stores/notes-store';
import { FINALE_ARTICLE, FINALE_SENTENCES } from '../fixtures/ballard-finale-article';
import { startTestApp, stopTestApp } from './app-harness';
import { expectNoneOnPage, secretsOf } from './ballard-secrets';
import { fakeClock, passes } from './fake-clock';
import { showPageLoaded } from './marks';
import { TWO_SEASON_PACK } from './test-packs';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  stopTestApp();
});

async function peekAt(user: UserEvent, where: HTMLElement, opensAfter: string) {
  await user.click(within(where).getByRole('button', { name: 'Peek' }));
  const dialog = screen.getByRole('alertdialog', { name: `Peek at something from ${opensAfter}?` });
  await user.click(within(dialog).getByRole('button', { name: 'Peek' }));
}

const UNMET = 'Facts about characters you have not met yet';
const JAKES_FACT = /his father is the one who killed his sister/;
const UNMET_NAMES = ['Jake Pearlman', 'Noah Bean', 'Gary Pearlman', 'Robert Olivas'];

it('peeks at the facts about people not met yet as one, naming no one, then covers them whole', async () => {
  await startTestApp('/shows/ballard/episodes/S1E10');
  const entries = await screen.findByRole('region', { name: 'Recap, reveals and facts' });
  const unmet = (await within(entries).findByText(UNMET)).closest('li')!;
  const user = fakeClock();
  await peekAt(user, unmet, 'S1E10');

  const fact = within(entries).getByText(JAKES_FACT);
  expect(fact).toBeVisible();
  expect(within(entries).getAllByRole('timer')).toHaveLength(1);
  expect(within(entries).getByRole('timer')).toHaveTextContent('Peeking · 5');
  expect(document.activeElement).toContainElement(fact);
  for (const name of UNMET_NAMES) expect(document.body.innerHTML).not.toContain(name);

  await passes(5000);
  expect(within(entries).queryByText(JAKES_FACT)).not.toBeInTheDocument();
  expect(within(entries).queryByRole('timer')).not.toBeInTheDocument();
  expect(within(entries).getAllByText(UNMET)).toHaveLength(1);
  expect(within(entries).getByText(UNMET).closest('li')).toContainElement(
    document.activeElement as HTMLElement,
  );
  expect(document.activeElement).toHaveAccessibleName('Peek');
});

it('peeks at strict mode’s one placeholder, and Cover now covers all it stands for', async () => {
  const { user, router } = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await user.click(screen.getByRole('checkbox', { name: 'Strict mode' }));
  await act(() => router.navigate('/shows/ballard/episodes/S1E10'));
  const entries = await screen.findByRole('region', { name: 'Recap, reveals and facts' });
  const something = (await within(entries).findByText('Something here')).closest('li')!;
  const fake = fakeClock();
  await peekAt(fake, something, 'S1E10');

  expect(within(entries).getAllByRole('article').length).toBeGreaterThan(1);
  expect(within(entries).getAllByRole('timer')).toHaveLength(1);
  await fake.click(within(entries).getByRole('button', { name: 'Cover now' }));
  expect(within(entries).queryByRole('article')).not.toBeInTheDocument();
  expect(within(entries).getByText('Something here')).toBeVisible();
  expectNoneOnPage(secretsOf('sister-killer'));
});

it('peeks at a covered note where it stands, read-only, and leaves it covered everywhere else', async () => {
  const { router } = await startTestApp('/');
  await act(() => packStored(TWO_SEASON_PACK));
  await act(() =>
    noteSaved({
      id: 'theory',
      showId: 'duo',
      kind: 'note',
      spoils: 'S1E3',
      title: 'My storm theory',
      body: 'The harbour master caused it.',
      characters: [],
      keywords: [],
      date: null,
      source: null,
      updatedAt: 1,
    }),
  );
  await act(() => router.navigate('/shows/duo/episodes/S1E3'));
  const notes = await screen.findByRole('region', { name: 'Your notes' });
  const covered = (await within(notes).findByText('Opens after S1E3')).closest('li')!;
  const user = fakeClock();
  await peekAt(user, covered, 'S1E3');

  const title = within(notes).getByRole('heading', { name: 'My storm theory' });
  expect(title).toBeVisible();
  expect(within(notes).getByRole('timer')).toHaveTextContent('Peeking · 5');
  expect(document.activeElement).toContainElement(title);
  // Read-only while peeked at: no Edit, no Delete, no Hide again.
  expect(within(notes).queryByRole('button', { name: /^Edit/ })).not.toBeInTheDocument();
  expect(within(notes).queryByRole('button', { name: /^Delete/ })).not.toBeInTheDocument();
  expect(within(notes).queryByRole('button', { name: 'Hide again' })).not.toBeInTheDocument();

  await passes(5000);
  expect(screen.queryByText('My storm theory')).not.toBeInTheDocument();
  expect(document.body.innerHTML).not.toContain('The harbour master caused it.');
  expect(within(notes).getByRole('button', { name: 'Peek' })).toHaveFocus();
});

it('peeks at an episode’s covered title and synopsis in the placeholder’s place only', async () => {
  const { router } = await startTestApp('/');
  await act(() => packStored(TWO_SEASON_PACK));
  await act(() => router.navigate('/shows/duo'));
  await screen.findByRole('heading', { level: 1, name: 'Two Seasons' });
  const row = screen.getByRole('checkbox', { name: 'Watched S1E3' }).closest('li')!;
  const user = fakeClock();
  await peekAt(user, row, 'S1E3');

  expect(within(row).getByText('Storm')).toBeVisible();
  expect(within(row).getByText('The storm cuts the island off.')).toBeVisible();
  expect(within(row).getByRole('timer')).toHaveTextContent('Peeking · 5');
  // The row's link, the tab title and the address keep to the code.
  expect(within(row).getByRole('link')).not.toHaveTextContent('Storm');
  expect(document.title).not.toContain('Storm');
  expect(router.state.location.pathname).toBe('/shows/duo');
  await passes(5000);
  expect(screen.queryByText('The storm cuts the island off.')).not.toBeInTheDocument();
  expect(within(row).getByRole('button', { name: 'Peek' })).toHaveFocus();

  vi.useRealTimers();
  vi.unstubAllGlobals();
  await act(() => router.navigate('/shows/duo/episodes/S1E3'));
  const synopsis = await screen.findByRole('region', { name: 'Synopsis' });
  const fake = fakeClock();
  await peekAt(fake, synopsis, 'S1E3');
  expect(within(synopsis).getByText('The storm cuts the island off.')).toBeVisible();
  expect(screen.getByRole('heading', { level: 1 })).not.toHaveTextContent('Storm');
  expect(document.title).not.toContain('Storm');
  const form = screen.getByRole('form', { name: 'Add a note' });
  const suggestions = within(form).getAllByRole('option', { hidden: true });
  expect(suggestions.map((option) => option.outerHTML).join('')).not.toContain('Storm');
  await passes(5000);
  expect(document.body.innerHTML).not.toContain('Storm');
  expect(document.body.innerHTML).not.toContain('The storm cuts the island off.');
});

it('peeks at a masked sentence of the shield for the peek length, then masks it again', async () => {
  const { user } = await startTestApp('/shield?show=ballard');
  await user.click(await screen.findByRole('textbox', { name: 'Text to check' }));
  await user.paste(FINALE_ARTICLE);
  await user.click(screen.getByRole('button', { name: 'Check' }));
  const result = await screen.findByRole('region', { name: 'Checked against Ballard' });
  const [first] = FINALE_SENTENCES;
  const masked = within(result).getAllByText('Masked')[0]!.closest('li')!;
  const fake = fakeClock();
  await peekAt(fake, masked, 'S1E10');

  const shown = within(result).getByText(first);
  expect(shown).toBeVisible();
  expect(within(result).getByRole('timer')).toHaveTextContent('Peeking · 5');
  expect(document.activeElement).toContainElement(shown);
  expect(within(result).getAllByText('Masked')).toHaveLength(FINALE_SENTENCES.length - 1);

  await passes(5000);
  expectNoneOnPage(FINALE_SENTENCES);
  expect(within(result).getAllByText('Masked')).toHaveLength(FINALE_SENTENCES.length);
  expect(within(masked).getByRole('button', { name: 'Peek' })).toHaveFocus();
});

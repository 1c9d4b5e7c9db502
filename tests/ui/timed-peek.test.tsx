import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { rebuildFromStorage, startTestApp, stopTestApp } from './app-harness';
import { fakeClock, passes } from './fake-clock';
import { expectNoneOnPage, secretsOf } from './ballard-secrets';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  stopTestApp();
});

const FINALE_PAGE = '/shows/ballard/episodes/S1E10';
const SISTER_KILLER = "Who killed the councilman's sister";
const CLIFFHANGER = 'A cancellation would strand Ballard in a cell';
const RENEE_FINALE_FACT = 'Ends season 1 behind bars, accused of killing Robert Olivas.';

/** The Peek button of the finale's first covered reveal: the one about the sister's killer. */
async function firstRevealPeek() {
  const [peek] = await screen.findAllByRole('button', { name: 'Peek', description: /^Reveal\b/ });
  return peek!;
}

async function peekAt(user: UserEvent, peek: HTMLElement) {
  await user.click(peek);
  const dialog = screen.getByRole('alertdialog', { name: 'Peek at something from S1E10?' });
  expect(dialog).toHaveTextContent('It shows for 5 seconds, then is covered again.');
  await user.click(within(dialog).getByRole('button', { name: 'Peek' }));
}

// A reload rebuilds the app from storage, which is slow on a busy machine.
it('shows a finale reveal for five seconds with a countdown, then leaves nothing behind', async () => {
  const { databaseName } = await startTestApp(FINALE_PAGE);
  const peek = await firstRevealPeek();
  const user = fakeClock();
  await peekAt(user, peek);

  const heading = screen.getByRole('heading', { level: 3, name: SISTER_KILLER });
  expect(heading).toBeVisible();
  expect(screen.getByRole('timer')).toHaveTextContent('Peeking · 5');
  // Focus is on the peeked item, so its text is read; Cover now is the next stop.
  expect(document.activeElement).toContainElement(heading);
  for (const left of [4, 3, 2, 1]) {
    await passes(1000);
    expect(screen.getByRole('timer')).toHaveTextContent(`Peeking · ${left}`);
    expect(heading).toBeVisible();
  }

  await passes(1000);
  expect(screen.queryByRole('heading', { name: SISTER_KILLER })).not.toBeInTheDocument();
  expect(screen.queryByRole('timer')).not.toBeInTheDocument();
  expectNoneOnPage(secretsOf('sister-killer'));
  // Focus returns to the Peek button of the placeholder the item went back behind.
  expect(await firstRevealPeek()).toHaveFocus();

  vi.useRealTimers();
  await rebuildFromStorage(databaseName, FINALE_PAGE);
  await firstRevealPeek();
  expectNoneOnPage(secretsOf('sister-killer'));
});

it('ends early with Cover now, by keyboard, and is never listed with what was revealed', async () => {
  const { router } = await startTestApp(FINALE_PAGE);
  const peek = await firstRevealPeek();
  const user = fakeClock();
  peek.focus();
  await user.keyboard('{Enter}');
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Peek' }));
  await user.tab();
  const coverNow = screen.getByRole('button', { name: 'Cover now' });
  expect(coverNow).toHaveFocus();

  await user.keyboard('{Enter}');
  expect(screen.queryByRole('heading', { name: SISTER_KILLER })).not.toBeInTheDocument();
  expect(await firstRevealPeek()).toHaveFocus();

  // While a peek runs, the show's list of what was revealed early does not name it.
  await peekAt(user, await firstRevealPeek());
  expect(screen.getByRole('heading', { name: SISTER_KILLER })).toBeVisible();
  await act(() => router.navigate('/shows/ballard'));
  const revealed = await screen.findByRole('region', { name: 'Revealed early' });
  expect(
    within(revealed).getByText('You have not revealed anything ahead of your progress.'),
  ).toBeVisible();
  expect(revealed).not.toHaveTextContent(SISTER_KILLER);
  await passes(5000);
});

it('peeks for as long as Settings says', async () => {
  const { router, user } = await startTestApp('/settings');
  const length = await screen.findByRole('spinbutton', { name: 'Peek length' });
  expect(length).toHaveValue(5);
  await user.clear(length);
  expect(length).toHaveAttribute('aria-invalid', 'true');
  await user.type(length, '12');
  expect(length).toHaveValue(12);
  expect(length).toHaveAttribute('aria-invalid', 'false');

  await act(() => router.navigate(FINALE_PAGE));
  const peek = await firstRevealPeek();
  const fake = fakeClock();
  await fake.click(peek);
  const dialog = screen.getByRole('alertdialog', { name: 'Peek at something from S1E10?' });
  expect(dialog).toHaveTextContent('It shows for 12 seconds');
  await fake.click(within(dialog).getByRole('button', { name: 'Peek' }));
  expect(screen.getByRole('timer')).toHaveTextContent('Peeking · 12');
  await passes(11_000);
  expect(screen.getByRole('heading', { name: SISTER_KILLER })).toBeVisible();
  await passes(1000);
  expect(screen.queryByRole('heading', { name: SISTER_KILLER })).not.toBeInTheDocument();
});

it('keeps the peek length across a reload', async () => {
  const { databaseName, user } = await startTestApp('/settings');
  const length = await screen.findByRole('spinbutton', { name: 'Peek length' });
  await user.clear(length);
  await user.type(length, '3');
  await rebuildFromStorage(databaseName, '/settings');
  expect(await screen.findByRole('spinbutton', { name: 'Peek length' })).toHaveValue(3);
});

it('peeks at covered news in the covered group, focused there, then covers it again there', async () => {
  await startTestApp('/news');
  const covered = await screen.findByRole('region', { name: 'Covered until you watch further' });
  const user = fakeClock();
  await peekAt(user, within(covered).getByRole('button', { name: 'Peek' }));

  const cliffhanger = within(covered).getByRole('heading', { name: CLIFFHANGER });
  expect(cliffhanger).toBeVisible();
  expect(within(covered).getByRole('timer')).toHaveTextContent('Peeking · 5');
  const dated = screen.getByRole('list', { name: 'News, newest first' });
  expect(within(dated).queryByRole('heading', { name: CLIFFHANGER })).not.toBeInTheDocument();
  expect(document.activeElement).toContainElement(cliffhanger);

  await passes(5000);
  expect(screen.queryByRole('heading', { name: CLIFFHANGER })).not.toBeInTheDocument();
  expectNoneOnPage(secretsOf('cliffhanger-at-risk'));
  expect(within(covered).getByRole('button', { name: 'Peek' })).toHaveFocus();
});

it('peeks at a character fact in its place by keyboard, and covers it again there', async () => {
  await startTestApp('/shows/ballard/characters');
  const renee = (await screen.findByRole('heading', { level: 2, name: 'Renée Ballard' })).closest(
    'li',
  )!;
  const peek = await within(renee).findByRole('button', { name: 'Peek' });
  const user = fakeClock();
  peek.focus();
  await user.keyboard('{Enter}');
  // The question starts on Cancel; Peek is the next stop.
  await user.tab();
  await user.keyboard('{Enter}');

  const fact = within(renee).getByText(RENEE_FINALE_FACT);
  expect(fact).toBeVisible();
  expect(within(renee).getByRole('timer')).toHaveTextContent('Peeking · 5');
  expect(document.activeElement).toContainElement(fact);

  await user.tab();
  expect(within(renee).getByRole('button', { name: 'Cover now' })).toHaveFocus();
  await user.keyboard('{Enter}');
  expect(screen.queryByText(RENEE_FINALE_FACT)).not.toBeInTheDocument();
  expectNoneOnPage(secretsOf('fact-renee-arrested'));
  expect(within(renee).getByRole('button', { name: 'Peek' })).toHaveFocus();
});

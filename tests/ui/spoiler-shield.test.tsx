import { act, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { packStored } from '../../src/stores/library-store';
import {
  FINALE_ARTICLE,
  FINALE_SENTENCES,
  RENEWAL_SENTENCES,
} from '../fixtures/ballard-finale-article';
import { rebuildFromStorage, startTestApp, stopTestApp } from './app-harness';
import { expectAllOnPage, expectNoneOnPage, FINALE_SECRETS } from './ballard-secrets';
import { checkbox, markWatchedThrough, showPageLoaded } from './marks';
import { TITLED_PACK } from './test-packs';

afterEach(stopTestApp);

async function openShieldFromBallard(user: UserEvent) {
  await user.click(screen.getByRole('link', { name: 'Check a text against Ballard' }));
  await screen.findByRole('heading', { level: 1, name: 'Spoiler shield' });
}

async function checkArticle(user: UserEvent) {
  await user.click(screen.getByRole('textbox', { name: 'Text to check' }));
  await user.paste(FINALE_ARTICLE);
  await user.click(screen.getByRole('button', { name: 'Check' }));
  return screen.findByRole('region', { name: 'Checked against Ballard' });
}

it('masks the finale sentences of an article before S1E10 and keeps its renewal talk', async () => {
  const { user } = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await markWatchedThrough(user, 'S1E9');
  await openShieldFromBallard(user);
  expect(screen.getByRole('combobox', { name: 'Show' })).toHaveValue('ballard');

  const result = await checkArticle(user);
  expect(within(result).getByRole('status')).toHaveTextContent('4 of 7 sentences masked');
  expect(within(result).getAllByText('Masked')).toHaveLength(4);
  expect(within(result).getAllByText('Opens after S1E10')).toHaveLength(4);
  expectAllOnPage(RENEWAL_SENTENCES);
  // The box was emptied, so the masked sentences are nowhere on the page.
  expect(screen.getByRole('textbox', { name: 'Text to check' })).toHaveValue('');
  expectNoneOnPage([...FINALE_SECRETS, ...FINALE_SENTENCES]);
  expect(document.title).toBe('Spoiler shield · Ballard · Previously');
});

it('reveals one masked sentence on purpose, and hides it again', async () => {
  const { user } = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await openShieldFromBallard(user);
  const result = await checkArticle(user);
  const [, second] = within(result).getAllByRole('button', { name: 'Reveal' });
  if (!second) throw new Error('fewer than two masked sentences');
  await user.click(second);
  const dialog = screen.getByRole('alertdialog', { name: 'Reveal something from S1E10?' });
  await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));

  const [, father, ...rest] = FINALE_SENTENCES;
  expect(within(result).getByText(father)).toBeInTheDocument();
  expect(within(result).getAllByRole('button', { name: 'Reveal' })).toHaveLength(3);
  expectNoneOnPage([FINALE_SENTENCES[0], ...rest]);

  await user.click(within(result).getByRole('button', { name: 'Hide again' }));
  expect(within(result).queryByText(father)).not.toBeInTheDocument();
  expect(within(result).getAllByRole('button', { name: 'Reveal' })).toHaveLength(4);
});

it('masks nothing once S1E10 is watched', async () => {
  const { user } = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await user.click(checkbox('S1E10'));
  await openShieldFromBallard(user);
  const result = await checkArticle(user);
  expect(within(result).getByRole('status')).toHaveTextContent('0 of 7 sentences masked');
  expect(within(result).queryByRole('button', { name: 'Reveal' })).not.toBeInTheDocument();
  expectAllOnPage([...FINALE_SENTENCES, ...RENEWAL_SENTENCES]);
});

it('keeps the text out of the address and of storage: a reload shows an empty shield', async () => {
  const { user, router, databaseName } = await startTestApp('/shield');
  await screen.findByRole('heading', { level: 1, name: 'Spoiler shield' });
  await checkArticle(user);
  expect(router.state.location.search).toBe('');
  expect(JSON.stringify(router.state.location.state)).not.toMatch(/Olivas|renewal|Prime/);
  for (const storage of [localStorage, sessionStorage]) {
    const held = Object.keys(storage).map((key) => storage.getItem(key) ?? '');
    expect(held.join('\n')).not.toContain('Olivas');
  }

  await rebuildFromStorage(databaseName, '/shield');
  await screen.findByRole('combobox', { name: 'Show' });
  expect(screen.getByRole('textbox', { name: 'Text to check' })).toHaveValue('');
  expect(screen.queryByRole('region', { name: /^Checked against/ })).not.toBeInTheDocument();
  expectNoneOnPage(RENEWAL_SENTENCES);
});

it('comes from a show page with that show chosen, and checks against the show picked', async () => {
  const { user } = await startTestApp('/');
  await act(() => packStored(TITLED_PACK));
  await user.click(screen.getByRole('link', { name: 'Spoiler shield' }));
  await screen.findByRole('heading', { level: 1, name: 'Spoiler shield' });
  const picker = await screen.findByRole('combobox', { name: 'Show' });
  expect(
    within(picker)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['Ballard', 'Tiny Show']);
  await user.selectOptions(picker, 'Tiny Show');
  expect(document.title).toBe('Spoiler shield · Tiny Show · Previously');

  await user.click(screen.getByRole('link', { name: 'Library' }));
  await user.click(await screen.findByRole('link', { name: 'Ballard' }));
  await showPageLoaded();
  await openShieldFromBallard(user);
  expect(screen.getByRole('combobox', { name: 'Show' })).toHaveValue('ballard');
});

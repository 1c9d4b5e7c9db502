import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { safeUpToReset } from '../../src/stores/safe-up-to-store';
import { startTestApp, stopTestApp } from './app-harness';
import { expectNoneOnPage, FINALE_SECRETS } from './ballard-secrets';
import { markWatchedThrough, showPageLoaded } from './marks';

afterEach(() => {
  vi.restoreAllMocks();
  stopTestApp();
  safeUpToReset();
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(navigator, 'canShare');
});

const address = (path: string) => `${window.location.origin}${path}`;

/** The Web Share API, as a phone's browser has it. */
function withShareSheet() {
  const share = vi.fn((_data: ShareData) => Promise.resolve());
  Object.defineProperty(navigator, 'share', { value: share, configurable: true });
  Object.defineProperty(navigator, 'canShare', { value: () => true, configurable: true });
  return share;
}

async function watchedThrough(code: string) {
  const app = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await markWatchedThrough(app.user, code);
  return app;
}

async function openShare(user: UserEvent) {
  await user.click(await screen.findByRole('button', { name: 'Share', expanded: false }));
  expect(screen.getByRole('button', { name: 'Share', expanded: true })).toBeInTheDocument();
}

it('offers "safe up to" only through the episodes watched, and sends the episode link with it to the share sheet', async () => {
  const share = withShareSheet();
  const { router, user } = await watchedThrough('S1E3');
  await router.navigate('/shows/ballard/episodes/S1E2');
  await screen.findByRole('heading', { level: 1, name: 'S1E2 Episode 2' });
  await screen.findByRole('button', { name: 'Save note' });
  await openShare(user);

  const limit = screen.getByRole('combobox', { name: 'Safe up to' });
  expect(
    within(limit)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['No limit', 'S1E1', 'S1E2', 'S1E3']);
  expect(limit).toHaveValue('');
  await user.selectOptions(limit, 'S1E3');
  await user.click(screen.getByRole('button', { name: 'Share link' }));

  expect(share).toHaveBeenCalledWith({
    title: 'Previously',
    url: address('/shows/ballard/episodes/S1E2?safe=S1E3'),
  });
});

it('sends no link once the episode chosen as "safe up to" is unmarked, until the sender chooses again', async () => {
  const share = withShareSheet();
  const { user } = await watchedThrough('S1E3');
  await openShare(user);
  await user.selectOptions(screen.getByRole('combobox', { name: 'Safe up to' }), 'S1E3');
  await user.click(screen.getByRole('checkbox', { name: 'Watched S1E3' }));

  expect(await screen.findByRole('alert')).toHaveTextContent('Choose “Safe up to” again');
  const send = screen.getByRole('button', { name: 'Share link' });
  expect(send).toBeDisabled();
  await user.click(send);
  expect(share).not.toHaveBeenCalled();

  const limit = screen.getByRole('combobox', { name: 'Safe up to' });
  expect(within(limit).getByRole('option', { selected: true })).toHaveTextContent('Choose again');
  await user.selectOptions(limit, 'S1E2');
  expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Share link' }));
  expect(share).toHaveBeenCalledWith({
    title: 'Previously',
    url: address('/shows/ballard?safe=S1E2'),
  });
});

it('copies the show link to the clipboard where there is no share sheet, and says so', async () => {
  const { user } = await watchedThrough('S1E2');
  await openShare(user);
  await user.click(screen.getByRole('button', { name: 'Copy link' }));

  expect(await screen.findByText('Link copied')).toHaveAttribute('role', 'status');
  expect(await navigator.clipboard.readText()).toBe(address('/shows/ballard'));
});

it('shows the link to copy by hand when the clipboard refuses', async () => {
  const { user } = await watchedThrough('S1E2');
  vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
    new DOMException('', 'NotAllowedError'),
  );
  await openShare(user);
  await user.click(screen.getByRole('button', { name: 'Copy link' }));

  const field = await screen.findByRole('textbox', { name: /copy it from here/ });
  expect(field).toHaveValue(address('/shows/ballard'));
  expect(field).toHaveAttribute('readonly');
});

it("links a character page to the show's characters page, and says why", async () => {
  const { user } = await startTestApp('/shows/ballard/characters/renee-ballard');
  await screen.findByRole('heading', { level: 1, name: 'Renée Ballard' });
  await openShare(user);
  expect(
    screen.getByText(/leads to the show's characters page, not to this character/),
  ).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Copy link' }));

  await screen.findByText('Link copied');
  expect(await navigator.clipboard.readText()).toBe(address('/shows/ballard/characters'));
});

it('holds a show to a link\'s "safe up to" on every page of it until lifted', async () => {
  const { router, user } = await watchedThrough('S1E10');
  await router.navigate('/shows/ballard/episodes/S1E10?safe=S1E4');

  const notice = await screen.findByRole('region', { name: 'Shared link' });
  expect(notice).toHaveTextContent('Safe up to S1E4, from a shared link');
  await screen.findAllByText('Opens after S1E10');
  expectNoneOnPage(FINALE_SECRETS);

  await router.navigate('/shows/ballard/characters');
  await screen.findByRole('heading', { level: 1, name: /Characters/ });
  expect(screen.getByRole('region', { name: 'Shared link' })).toHaveTextContent('Safe up to S1E4');
  expectNoneOnPage(FINALE_SECRETS);

  await router.navigate('/shows/ballard/episodes/S1E10?safe=S1E4');
  // The notice is already there from the characters page: lift only once the link's page shows.
  await screen.findByRole('heading', { level: 1, name: 'S1E10 Episode 10' });
  await user.click(await screen.findByRole('button', { name: 'Lift the limit' }));
  await waitFor(() =>
    expect(screen.queryByRole('region', { name: 'Shared link' })).not.toBeInTheDocument(),
  );
  expect(router.state.location.search).toBe('');
  expect(screen.queryByText('Opens after S1E10')).not.toBeInTheDocument();
});

it('covers everything tied to an episode when the "safe up to" value is no episode', async () => {
  const { router } = await watchedThrough('S1E10');
  await router.navigate('/shows/ballard/episodes/S1E10?safe=S9E9');

  const notice = await screen.findByRole('region', { name: 'Shared link' });
  expect(notice).toHaveTextContent(/"safe up to" value S9E9 is no episode of this show/);
  expect(within(notice).getByText('S9E9').tagName).toBe('BDI');
  await screen.findAllByText('Opens after S1E10');
  expectNoneOnPage(FINALE_SECRETS);
});

it('does not repeat a "safe up to" value that is no episode code: a link can carry any sentence', async () => {
  const { router } = await watchedThrough('S1E10');
  await router.navigate('/shows/ballard/episodes/S1E10?safe=Olivas%20killed%20the%20councilman');

  const notice = await screen.findByRole('region', { name: 'Shared link' });
  expect(notice).toHaveTextContent(
    'The shared link\'s "safe up to" value is not an episode code, so everything tied to an episode stays covered.',
  );
  await screen.findAllByText('Opens after S1E10');
  expectNoneOnPage(['Olivas killed the councilman', ...FINALE_SECRETS]);
});

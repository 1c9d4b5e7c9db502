import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { builtInPack } from '../../src/domain/built-in-pack';
import { startOfflineSupport } from '../../src/app/offline/start-offline-support';
import { updateDeferred } from '../../src/stores/app-update-store';
import { packStored } from '../../src/stores/library-store';
import { readBallardPack, startTestApp, stopTestApp } from './app-harness';

/** The service worker's registration, as the app meets it: it may say a new version waits. */
const registration = vi.hoisted(() => ({
  updateWaiting: null as ((activate: () => void) => void) | null,
}));
vi.mock('../../src/app/offline/register-service-worker', () => ({
  registerServiceWorker: (onUpdateWaiting: (activate: () => void) => void) => {
    registration.updateWaiting = onUpdateWaiting;
    return Promise.resolve();
  },
}));

afterEach(() => {
  stopTestApp();
  act(updateDeferred);
  registration.updateWaiting = null;
  vi.restoreAllMocks();
});

const NEEDS_CONNECTION_TO_SEARCH =
  'You are offline. Searching and adding shows from TVmaze needs a connection; your shows, progress and notes work as usual.';
const NEEDS_CONNECTION_TO_REFRESH =
  'You are offline. Refreshing shows from TVmaze needs a connection.';

function browserGoes(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

async function ballardFromTvmaze() {
  const ballard = builtInPack(await readBallardPack());
  if (ballard === null) throw new Error('the Ballard pack did not read');
  await act(() =>
    packStored({ ...ballard, show: { ...ballard.show, id: 'tvmaze-12345-ballard' } }),
  );
}

it('says TVmaze needs a connection while the browser is offline, and offers it again once back', async () => {
  const { user } = await startTestApp('/add');
  await screen.findByRole('heading', { level: 1, name: 'Add a show' });
  await ballardFromTvmaze();
  const search = within(screen.getByRole('region', { name: 'From TVmaze' }));
  const refresh = within(await screen.findByRole('region', { name: 'Shows from TVmaze' }));
  expect(search.queryByText(NEEDS_CONNECTION_TO_SEARCH)).not.toBeInTheDocument();

  browserGoes(false);
  expect(search.getByText(NEEDS_CONNECTION_TO_SEARCH)).toBeVisible();
  expect(search.getByRole('button', { name: 'Search' })).toBeDisabled();
  expect(search.getByRole('button', { name: 'Search' })).toHaveAccessibleDescription(
    NEEDS_CONNECTION_TO_SEARCH,
  );
  expect(refresh.getByText(NEEDS_CONNECTION_TO_REFRESH)).toBeVisible();
  expect(refresh.getByRole('button', { name: 'Refresh Ballard' })).toBeDisabled();
  await user.type(search.getByRole('searchbox', { name: 'Search TVmaze' }), 'ballard{Enter}');
  expect(search.queryByRole('alert')).not.toBeInTheDocument();

  browserGoes(true);
  expect(search.queryByText(NEEDS_CONNECTION_TO_SEARCH)).not.toBeInTheDocument();
  expect(refresh.queryByText(NEEDS_CONNECTION_TO_REFRESH)).not.toBeInTheDocument();
  expect(search.getByRole('button', { name: 'Search' })).toBeEnabled();
  expect(refresh.getByRole('button', { name: 'Refresh Ballard' })).toBeEnabled();
});

async function libraryWithWaitingUpdate() {
  const started = await startTestApp('/');
  await screen.findByRole('heading', { level: 1, name: 'Your shows' });
  startOfflineSupport();
  await vi.waitFor(() => expect(registration.updateWaiting).not.toBeNull());
  const activate = vi.fn();
  act(() => registration.updateWaiting?.(activate));
  return { ...started, activate };
}

it('offers a new version and switches to it only when the user asks', async () => {
  const { user, activate } = await libraryWithWaitingUpdate();
  const notice = within(screen.getByRole('region', { name: 'Messages' }));
  expect(notice.getByText('A new version of Previously is ready.')).toBeVisible();
  expect(activate).not.toHaveBeenCalled();

  await user.click(notice.getByRole('button', { name: 'Reload' }));
  expect(activate).toHaveBeenCalledOnce();
});

it('keeps the current version when the user chooses Later', async () => {
  const { user, activate } = await libraryWithWaitingUpdate();
  const notice = within(screen.getByRole('region', { name: 'Messages' }));
  await user.click(notice.getByRole('button', { name: 'Later' }));
  expect(notice.queryByText('A new version of Previously is ready.')).not.toBeInTheDocument();
  expect(activate).not.toHaveBeenCalled();
});

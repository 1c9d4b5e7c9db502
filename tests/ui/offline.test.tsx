import { act, screen, within } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { builtInPack } from '../../src/domain/built-in-pack';
import { registerServiceWorker } from '../../src/app/offline/register-service-worker';
import { packStored } from '../../src/stores/library-store';
import { readBallardPack, startTestApp, stopTestApp } from './app-harness';

afterEach(() => {
  stopTestApp();
  Reflect.deleteProperty(navigator, 'serviceWorker');
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

/**
 * The browser's service workers as the registration meets them: a worker of this app controls the
 * page or not, and a new version has installed and waits, or not.
 */
function browserServiceWorkers({ controlled, waiting }: { controlled: boolean; waiting: boolean }) {
  const waitingWorker = { postMessage: vi.fn() };
  const registration = Object.assign(new EventTarget(), {
    waiting: waiting ? waitingWorker : null,
    installing: null,
  });
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? {} : null,
    register: vi.fn(() => Promise.resolve(registration)),
  });
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true });
  return { register: container.register, waitingWorker };
}

async function libraryWith(serviceWorkers: { controlled: boolean; waiting: boolean }) {
  const started = await startTestApp('/');
  await screen.findByRole('heading', { level: 1, name: 'Your shows' });
  const browser = browserServiceWorkers(serviceWorkers);
  await act(registerServiceWorker);
  expect(browser.register).toHaveBeenCalledWith('/sw.js', { scope: '/' });
  const messages = within(screen.getByRole('region', { name: 'Messages' }));
  return { ...started, ...browser, messages };
}

const NEW_VERSION = 'A new version of Previously is ready.';

it('offers a new version that waits, and switches to it only when the user asks', async () => {
  const { user, messages, waitingWorker } = await libraryWith({ controlled: true, waiting: true });
  expect(messages.getByText(NEW_VERSION)).toBeVisible();
  expect(waitingWorker.postMessage).not.toHaveBeenCalled();

  await user.click(messages.getByRole('button', { name: 'Reload' }));
  expect(waitingWorker.postMessage).toHaveBeenCalledExactlyOnceWith({ type: 'SKIP_WAITING' });
});

it('keeps the current version when the user dismisses the offer', async () => {
  const { user, messages, waitingWorker } = await libraryWith({ controlled: true, waiting: true });
  await user.click(messages.getByRole('button', { name: 'Dismiss' }));
  expect(messages.queryByText(NEW_VERSION)).not.toBeInTheDocument();
  expect(waitingWorker.postMessage).not.toHaveBeenCalled();
});

it('offers nothing on a first visit, when the first worker installs', async () => {
  const { messages } = await libraryWith({ controlled: false, waiting: true });
  expect(messages.queryByText(NEW_VERSION)).not.toBeInTheDocument();
});

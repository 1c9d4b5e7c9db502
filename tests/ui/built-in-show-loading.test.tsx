import { afterEach, expect, it } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RouterProvider } from 'react-router';
import { createTestRouter } from '../../src/app/router';
import { resetStores } from '../../src/stores/reset-stores';
import { startApp } from '../../src/stores/start-app';
import { useStartStore } from '../../src/stores/start-state';
import { freshDatabaseName, readBallardPack, stopTestApp } from './app-harness';
import { FINALE_SECRETS, expectNoneOnPage } from './ballard-secrets';

/** A first start whose Ballard download answers only when the test says so. */
function startWithHeldPack(path: string) {
  const pendingReads: ((text: Promise<string>) => void)[] = [];
  const readDefaultPack = () => new Promise<string>((resolve) => pendingReads.push(resolve));
  resetStores();
  void startApp({ databaseName: freshDatabaseName(), readDefaultPack });
  render(<RouterProvider router={createTestRouter(path)} />);
  return {
    user: userEvent.setup(),
    /** Answers the download the app is waiting for with this text, or this failure. */
    answer: async (text: () => Promise<string>) => {
      await waitFor(() => expect(pendingReads).not.toHaveLength(0));
      await act(async () => pendingReads.shift()?.(text()));
    },
  };
}

// The test's database closes after each test, so let the start finish writing first.
afterEach(async () => {
  await waitFor(() => expect(useStartStore.getState().status).toMatch(/done|failed/));
  stopTestApp();
});

const failedFetch = () => Promise.reject(new TypeError('Failed to fetch'));

it('says the library is loading Ballard, not that there are no shows, while the pack loads', async () => {
  const { answer } = startWithHeldPack('/');
  expect(await screen.findByText('Loading Ballard…')).toHaveRole('status');
  expect(screen.queryByText(/No shows yet/)).not.toBeInTheDocument();

  await answer(readBallardPack);
  expect(await screen.findByRole('link', { name: 'Ballard' })).toBeVisible();
  expect(screen.queryByText('Loading Ballard…')).not.toBeInTheDocument();
});

it.each(['/shows/ballard', '/shows/ballard/episodes/S1E3'])(
  'a deep link to %s waits for Ballard instead of saying there is no such show',
  async (path) => {
    const { answer } = startWithHeldPack(path);
    expect(await screen.findByText('Loading Ballard…')).toHaveRole('status');
    expect(screen.queryByRole('heading', { name: 'No such show' })).not.toBeInTheDocument();
    expectNoneOnPage(FINALE_SECRETS);

    await answer(readBallardPack);
    const heading = path.endsWith('S1E3') ? 'S1E3 Episode 3' : 'Ballard';
    await waitFor(() => expect(screen.queryByText('Loading Ballard…')).not.toBeInTheDocument());
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeVisible();
  },
);

it('says in plain words that Ballard could not be downloaded, and Retry adds it', async () => {
  const { answer, user } = startWithHeldPack('/');
  await answer(failedFetch);
  const problem = await screen.findByRole('alert');
  expect(problem).toHaveTextContent(
    'The built-in show, Ballard, could not be downloaded. Check your connection, then retry.',
  );
  expect(document.body).not.toHaveTextContent(/TypeError|Failed to fetch|No shows yet/);

  await user.click(screen.getByRole('button', { name: 'Retry' }));
  expect(screen.getByText('Loading Ballard…')).toHaveRole('status');
  await answer(readBallardPack);
  expect(await screen.findByRole('link', { name: 'Ballard' })).toBeVisible();
  expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
});

it('on a deep link, says a damaged Ballard pack was not added, and Retry opens the episode', async () => {
  const { answer, user } = startWithHeldPack('/shows/ballard/episodes/S1E3');
  await answer(() => Promise.resolve('{"show": '));
  expect(
    await screen.findByRole('heading', { level: 1, name: 'This show could not be loaded' }),
  ).toBeVisible();
  expect(screen.getByRole('alert')).toHaveTextContent(
    'The built-in show, Ballard, arrived damaged, so it was not added. Retry later.',
  );
  expect(screen.queryByRole('heading', { name: 'No such show' })).not.toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Retry' }));
  await answer(readBallardPack);
  expect(await screen.findByRole('heading', { level: 1, name: 'S1E3 Episode 3' })).toBeVisible();
});

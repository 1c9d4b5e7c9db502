import { afterEach, describe, expect, it } from 'vitest';
import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { profileCreated } from '../../src/stores/profile-edits';
import { profileSwitched } from '../../src/stores/profiles-store';
import { roomLeft } from '../../src/stores/room-store';
import { startTestApp, stopTestApp } from './app-harness';
import { expectAllOnPage, expectNoneOnPage, FINALE_SECRETS } from './ballard-secrets';
import { checkbox, markWatchedThrough, showPageLoaded, watchedCodes } from './marks';
import { profileNamed, watchTogether } from './room';

afterEach(() => {
  roomLeft();
  stopTestApp();
});

const FINALE_NEWS = 'A cancellation would strand Ballard in a cell';

/** "Me" (the first profile) has seen all of Ballard; Ben, made now, has seen S1E1–S1E4. */
async function twoViewers(user: UserEvent) {
  await markWatchedThrough(user, 'S1E10');
  await act(() => profileCreated('Ben'));
  const ben = profileNamed('Ben');
  await act(() => profileSwitched(ben?.id ?? ''));
  await waitFor(() => expect(watchedCodes()).toEqual([]));
  await markWatchedThrough(user, 'S1E4');
  const me = profileNamed('Me');
  await act(() => profileSwitched(me?.id ?? ''));
  await waitFor(() => expect(watchedCodes()).toHaveLength(10));
  return { ben: ben?.id ?? '', me: me?.id ?? '' };
}

const banner = () => screen.queryByRole('region', { name: 'Watching together' });

describe('watching together', () => {
  it('is offered only once the browser has two profiles', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    expect(screen.queryByRole('button', { name: 'Watching together' })).not.toBeInTheDocument();

    await act(() => profileCreated('Ben'));
    await user.click(await screen.findByRole('button', { name: 'Watching together' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Who is watching?' })).getByRole('checkbox', {
        name: 'Ben',
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Watch together' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least two people.');
    expect(banner()).not.toBeInTheDocument();
  });

  it('says who is in the room and shows only what the one further behind has seen', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    await twoViewers(user);
    expectAllOnPage([FINALE_NEWS]);

    await watchTogether(user, ['Me', 'Ben']);

    // The banner loads once the room is on.
    expect(await screen.findByRole('region', { name: 'Watching together' })).toHaveTextContent(
      'Watching together: Me, Ben',
    );
    expect(screen.getByRole('button', { name: 'Watching together' })).toHaveFocus();
    // Ticked only where both have watched; the finale covered, as for Ben.
    await waitFor(() => expect(watchedCodes()).toEqual(['S1E1', 'S1E2', 'S1E3', 'S1E4']));
    expectNoneOnPage(FINALE_SECRETS);
    expect(screen.getAllByText(/Opens after S1E10/).length).toBeGreaterThan(0);

    await user.click(screen.getByRole('button', { name: 'Stop watching together' }));
    expect(banner()).not.toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
    await waitFor(() => expect(watchedCodes()).toHaveLength(10));
    expectAllOnPage([FINALE_NEWS]);
  });

  it('marks an episode for everyone present, and its undo unmarks it for each', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    const { ben, me } = await twoViewers(user);
    await watchTogether(user, ['Me', 'Ben']);

    await user.click(checkbox('S1E6'));
    await waitFor(() => expect(checkbox('S1E6')).toBeChecked());
    await user.click(screen.getByRole('button', { name: 'Also mark S1E5 watched' }));
    await waitFor(() => expect(watchedCodes()).toHaveLength(6));

    await user.click(screen.getByRole('button', { name: 'Stop watching together' }));
    await act(() => profileSwitched(ben));
    await waitFor(() => expect(watchedCodes()).toHaveLength(6));

    await act(() => profileSwitched(me));
    await waitFor(() => expect(watchedCodes()).toHaveLength(10));
    await watchTogether(user, ['Me', 'Ben']);
    await user.click(checkbox('S1E2'));
    await user.click(screen.getByRole('button', { name: 'Undo: marked S1E2 unwatched' }));
    await user.click(screen.getByRole('button', { name: 'Stop watching together' }));
    await waitFor(() => expect(watchedCodes()).toHaveLength(10));
    await act(() => profileSwitched(ben));
    await waitFor(() => expect(watchedCodes()).toHaveLength(6));
  });
});

describe('revealing while watching together', () => {
  it('reveals for everyone present, and says so first', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    const { ben } = await twoViewers(user);
    await watchTogether(user, ['Me', 'Ben']);
    await waitFor(() => expectNoneOnPage([FINALE_NEWS]));

    const news = screen.getByRole('region', { name: 'News' });
    await user.click(within(news).getByRole('button', { name: 'Reveal' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Reveal something from S1E10?' });
    expect(dialog).toHaveTextContent(
      'You are watching together: it is revealed for everyone present.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Reveal' }));
    await waitFor(() => expectAllOnPage([FINALE_NEWS]));

    await user.click(screen.getByRole('button', { name: 'Stop watching together' }));
    await act(() => profileSwitched(ben));
    await waitFor(() => expect(watchedCodes()).toHaveLength(4));
    expectAllOnPage([FINALE_NEWS]);
  });

  it('hides again, with Hide all, what everyone present revealed, for each of them', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    const { ben } = await twoViewers(user);
    await watchTogether(user, ['Me', 'Ben']);
    const news = screen.getByRole('region', { name: 'News' });
    await user.click(within(news).getByRole('button', { name: 'Reveal' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal' }),
    );
    await waitFor(() => expectAllOnPage([FINALE_NEWS]));

    await user.click(screen.getByRole('button', { name: 'Hide all' }));
    await user.click(
      within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Hide all' }),
    );
    await waitFor(() => expectNoneOnPage([FINALE_NEWS]));

    await user.click(screen.getByRole('button', { name: 'Stop watching together' }));
    await act(() => profileSwitched(ben));
    await waitFor(() => expect(watchedCodes()).toHaveLength(4));
    expectNoneOnPage([FINALE_NEWS]);
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { packStored } from '../../src/stores/library-store';
import { profileCreated } from '../../src/stores/profile-edits';
import { profileSwitched } from '../../src/stores/profiles-store';
import { roomLeft } from '../../src/stores/room-store';
import { FINALE_ARTICLE, FINALE_SENTENCES } from '../fixtures/ballard-finale-article';
import { rebuildFromStorage, startTestApp, stopTestApp } from './app-harness';
import { expectNoneOnPage } from './ballard-secrets';
import { checkbox, markWatchedThrough, showPageLoaded, watchedCodes } from './marks';
import { profileNamed, watchTogether } from './room';
import { TITLED_PACK } from './test-packs';

/** Watching together, pages across shows show what everyone present may see, as a show's do. */

afterEach(() => {
  roomLeft();
  stopTestApp();
});

/** Me has seen all of Ballard; Ben, made now, has seen nothing. Me is active. */
async function meAheadOfBen(user: UserEvent) {
  await markWatchedThrough(user, 'S1E10');
  await act(() => profileCreated('Ben'));
  await act(() => profileSwitched(profileNamed('Ben')?.id ?? ''));
  await waitFor(() => expect(watchedCodes()).toEqual([]));
  await act(() => profileSwitched(profileNamed('Me')?.id ?? ''));
  await waitFor(() => expect(watchedCodes()).toHaveLength(10));
}

it('the spoiler shield masks what the one behind has not seen', async () => {
  const { user, router } = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await meAheadOfBen(user);
  await watchTogether(user, ['Me', 'Ben']);

  await router.navigate('/shield?show=ballard');
  await screen.findByRole('heading', { level: 1, name: 'Spoiler shield' });
  await user.click(screen.getByRole('textbox', { name: 'Text to check' }));
  await user.paste(FINALE_ARTICLE);
  await user.click(screen.getByRole('button', { name: 'Check' }));
  await screen.findByRole('region', { name: 'Checked against Ballard' });
  expectNoneOnPage(FINALE_SENTENCES);
});

/** Me has seen S1E1 and S1E2 of Tiny Show (next up: S1E3, "The End"); Ben, made now, nothing. */
async function meAheadOfBenOnTinyShow() {
  const app = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await act(() => packStored(TITLED_PACK));
  await app.router.navigate('/shows/tiny');
  await screen.findByRole('heading', { level: 1, name: 'Tiny Show' });
  await app.user.click(checkbox('S1E2'));
  await app.user.click(screen.getByRole('button', { name: /^Also mark .+ watched$/ }));
  await waitFor(() => expect(checkbox('S1E2')).toBeChecked());
  await act(() => profileCreated('Ben'));
  await watchTogether(app.user, ['Me', 'Ben']);
  return app;
}

/** The tile's next-up link once it shows, in the tile named `title`. */
async function nextUpOn(title: string, name: RegExp) {
  const tile = (await screen.findByRole('link', { name: title })).closest('li')!;
  await waitFor(() => expect(within(tile).getByRole('link', { name })).toBeInTheDocument());
  return tile;
}

it("the library tile's progress and next-up are the one behind's, not the one ahead's", async () => {
  const { router } = await meAheadOfBenOnTinyShow();

  await router.navigate('/');
  // Ben has seen nothing: for the room the next is S1E1, and S1E3's title is covered.
  const tile = await nextUpOn('Tiny Show', /^Next: S1E1/);
  expect(
    within(tile).getByRole('progressbar', { name: /^Tiny Show: 0 of \d+ watched$/ }),
  ).toBeInTheDocument();
  expectNoneOnPage(['The End']);
});

it('the library tile is the one behind’s also when the app starts in the room', async () => {
  const { databaseName } = await meAheadOfBenOnTinyShow();

  // Read again from storage: the tile is built from the show's summary, not its whole record.
  await rebuildFromStorage(databaseName, '/');
  await nextUpOn('Tiny Show', /^Next: S1E1/);
  expectNoneOnPage(['The Middle', 'The End']);
});

import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { safeUpToReset } from '../../src/stores/safe-up-to-store';
import { FINALE_ARTICLE, FINALE_SENTENCES } from '../fixtures/ballard-finale-article';
import { rebuildFromStorage, startTestApp, stopTestApp } from './app-harness';
import { expectNoneOnPage, FINALE_SECRETS } from './ballard-secrets';
import { markWatchedThrough, showPageLoaded } from './marks';

/** A shared link's "safe up to", once held for a show, holds it on pages across shows too. */

afterEach(() => {
  safeUpToReset();
  stopTestApp();
});

const FINALE_NEWS = 'A cancellation would strand Ballard in a cell';

/** Me has watched all of Ballard and opened a link held "safe up to" S1E4. */
async function heldToS1E4() {
  const app = await startTestApp('/shows/ballard');
  await showPageLoaded();
  await markWatchedThrough(app.user, 'S1E10');
  await app.router.navigate('/shows/ballard/episodes/S1E10?safe=S1E4');
  await screen.findByRole('region', { name: 'Shared link' });
  await screen.findAllByText('Opens after S1E10');
  return app;
}

async function headerSearch(user: UserEvent, text: string) {
  const box = screen.getByRole('searchbox', { name: 'Search your shows' });
  await user.clear(box);
  await user.type(box, `${text}{Enter}`);
  await screen.findByRole('heading', { level: 1, name: 'Search' });
  await waitFor(() =>
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent(`for “${text}”`),
  );
}

it('holds the header search over the library', async () => {
  const app = await heldToS1E4();

  await headerSearch(app.user, 'cancellation');
  expectNoneOnPage([FINALE_NEWS]);
});

it('holds the library news page', async () => {
  const app = await heldToS1E4();

  await app.router.navigate('/news');
  await screen.findByRole('heading', { name: 'No word yet on a second season' });
  expectNoneOnPage(FINALE_SECRETS);
});

it('holds the spoiler shield for that show', async () => {
  const app = await heldToS1E4();

  await app.router.navigate('/shield?show=ballard');
  await screen.findByRole('heading', { level: 1, name: 'Spoiler shield' });
  await app.user.click(screen.getByRole('textbox', { name: 'Text to check' }));
  await app.user.paste(FINALE_ARTICLE);
  await app.user.click(screen.getByRole('button', { name: 'Check' }));
  await screen.findByRole('region', { name: 'Checked against Ballard' });
  expectNoneOnPage(FINALE_SENTENCES);
});

it('holds the library tile, also when the app starts with the link held', async () => {
  const app = await heldToS1E4();

  // Read again from storage: the tile is built from the show's summary, not its whole record.
  await rebuildFromStorage(app.databaseName, '/');
  const tile = (await screen.findByRole('link', { name: /^Ballard$/ })).closest('li')!;
  await waitFor(() =>
    expect(within(tile).getByRole('link', { name: /^Next: S1E5/ })).toBeInTheDocument(),
  );
});

import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { episodesMarked } from '../../src/stores/progress-marks';
import { startTestApp, stopTestApp } from './app-harness';

afterEach(stopTestApp);

it('takes a search result to the item itself, focused, not to the top of its page', async () => {
  const { user, router } = await startTestApp('/');
  await screen.findByRole('link', { name: 'Ballard' });
  await act(() => episodesMarked('ballard', ['S1E10'], true));

  const box = screen.getByRole('searchbox', { name: 'Search your shows' });
  await user.type(box, 'happens to Olivas{Enter}');
  const results = await screen.findByRole('region', { name: 'Ballard' });
  await user.click(await within(results).findByRole('link', { name: 'What happens to Olivas' }));

  await waitFor(() =>
    expect(document.activeElement).toContainElement(
      screen.getByRole('heading', { level: 3, name: 'What happens to Olivas' }),
    ),
  );
  expect(document.activeElement).toHaveRole('article');
  expect(router.state.location.pathname).toBe('/shows/ballard/episodes/S1E10');
  expect(router.state.location.hash).toBe(`#${document.activeElement?.id}`);
  // The anchor is a hash: nothing of the item's id or text is in the address.
  expect(router.state.location.hash).not.toMatch(/olivas|dies/i);
});

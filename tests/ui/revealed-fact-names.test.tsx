import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { startTestApp, stopTestApp } from './app-harness';

afterEach(stopTestApp);

it('shows a fact revealed early without naming a character not yet introduced', async () => {
  const { user } = await startTestApp('/shows/ballard/episodes/S1E10');
  const entries = await screen.findByRole('region', { name: 'Recap, reveals and facts' });
  const factPlaceholders = await within(entries).findAllByText('Character fact');
  // In pack order: Renée Ballard (known from the premise), then Jake Pearlman (from S1E10).
  const jakeFact = factPlaceholders[1]!.closest('.placeholder') as HTMLElement;
  await user.click(within(jakeFact).getByRole('button', { name: 'Reveal' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal' }));

  expect(
    await within(entries).findByText(/his father is the one who killed his sister/),
  ).toBeVisible();
  expect(document.body.innerHTML).not.toContain('Jake Pearlman');
  expect(document.body.innerHTML).not.toContain('Noah Bean');
});

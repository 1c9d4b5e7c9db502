import { screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { startTestApp, stopTestApp } from './app-harness';

afterEach(stopTestApp);

it('counts no one behind the facts about people not met yet, and names no one once they are revealed', async () => {
  const { user } = await startTestApp('/shows/ballard/episodes/S1E10');
  const entries = await screen.findByRole('region', { name: 'Recap, reveals and facts' });
  // Renée Ballard is known from the premise: her fact stands alone. Jake, Gary and Olivas arrive
  // at S1E10: theirs stand as one placeholder, which says neither who nor how many.
  expect(await within(entries).findAllByText('Character fact')).toHaveLength(1);
  const unmet = within(entries)
    .getByText('Facts about characters you have not met yet')
    .closest('.placeholder') as HTMLElement;
  expect(unmet).toHaveTextContent(
    /^Facts about characters you have not met yet Opens after S1E10\s*Reveal\s*Peek$/,
  );
  await user.click(within(unmet).getByRole('button', { name: 'Reveal' }));
  await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Reveal' }));

  expect(
    await within(entries).findByText(/his father is the one who killed his sister/),
  ).toBeVisible();
  expect(within(entries).queryByText('Facts about characters you have not met yet')).toBeNull();
  for (const name of ['Jake Pearlman', 'Noah Bean', 'Gary Pearlman', 'Robert Olivas']) {
    expect(document.body.innerHTML).not.toContain(name);
  }
});

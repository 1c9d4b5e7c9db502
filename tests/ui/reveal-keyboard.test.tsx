import { afterEach, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { startTestApp, stopTestApp } from './app-harness';
import { expectNoneOnPage, secretsOf } from './ballard-secrets';

afterEach(stopTestApp);

it('confirms and cancels a reveal by keyboard alone, with focus kept and returned', async () => {
  const { user } = await startTestApp('/shows/ballard/episodes/S1E10');
  const [trigger] = await screen.findAllByRole('button', { name: 'Reveal' });
  trigger!.focus();

  await user.keyboard('{Enter}');
  let dialog = screen.getByRole('alertdialog', { name: 'Reveal something from S1E10?' });
  expect(dialog).toHaveAttribute('aria-modal', 'true');
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(trigger).toHaveFocus();

  // Enter on the focused Cancel is the safe default: nothing is revealed.
  await user.keyboard('{Enter}');
  expect(screen.getByRole('alertdialog')).toBeVisible();
  await user.keyboard('{Enter}');
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  expect(trigger).toHaveFocus();
  expectNoneOnPage(secretsOf('finale-recap'));

  await user.keyboard(' ');
  dialog = screen.getByRole('alertdialog');
  const confirm = within(dialog).getByRole('button', { name: 'Reveal' });
  await user.tab();
  expect(confirm).toHaveFocus();
  // Focus stays inside the dialog both ways.
  await user.tab();
  expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  await user.tab({ shift: true });
  expect(confirm).toHaveFocus();
  await user.keyboard('{Enter}');

  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  const recap = screen.getByRole('heading', { level: 3, name: /^Season 1 finale/ });
  expect(document.activeElement).toContainElement(recap);
});

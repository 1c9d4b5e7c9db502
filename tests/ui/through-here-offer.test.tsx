import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { startTestApp, stopTestApp } from './app-harness';

afterEach(stopTestApp);

async function showPageLoaded() {
  await screen.findByRole('heading', { level: 1, name: 'Ballard' });
  // News comes from the lazily loaded entries: once it shows, everything has loaded.
  await screen.findByRole('heading', { name: 'No word yet on a second season' });
}

const checkbox = (code: string) => screen.getByRole('checkbox', { name: `Watched ${code}` });
const anyOffer = () => screen.queryByRole('button', { name: /^Also mark/ });

function expectChecked(codes: string[], checked: boolean) {
  for (const code of codes) {
    if (checked) expect(checkbox(code)).toBeChecked();
    else expect(checkbox(code)).not.toBeChecked();
  }
}

describe('checking an episode whose earlier episodes are unwatched', () => {
  it('marks that one, offers the rest right after it, and marks them by keyboard', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();
    const fifth = checkbox('S1E5');
    fifth.focus();

    await user.keyboard(' ');
    expect(fifth).toBeChecked();
    expectChecked(['S1E1', 'S1E2', 'S1E3', 'S1E4'], false);
    expect(screen.getByText('S1E5 marked watched. S1E1–S1E4 are not marked yet.')).toHaveRole(
      'status',
    );
    expect(fifth).toHaveFocus();

    await user.tab();
    expect(screen.getByRole('button', { name: 'Also mark S1E1–S1E4 watched' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expectChecked(['S1E1', 'S1E2', 'S1E3', 'S1E4', 'S1E5'], true);
    expectChecked(['S1E6'], false);
    expect(screen.getByRole('progressbar', { name: 'Season 1: 5 of 10 watched' })).toBeVisible();
    expect(fifth).toHaveFocus();
    expect(screen.getByText('S1E1–S1E4 marked watched.')).toHaveRole('status');
    expect(anyOffer()).not.toBeInTheDocument();
  });

  it('names a single episode by its code and a broken run by its count, and can be dismissed', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();

    await user.click(checkbox('S1E2'));
    expect(screen.getByText('S1E2 marked watched. S1E1 is not marked yet.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Also mark S1E1 watched' })).toBeVisible();

    await user.click(checkbox('S1E5'));
    expect(
      screen.getByText('S1E5 marked watched. The 3 earlier episodes are not marked yet.'),
    ).toHaveRole('status');
    expect(
      screen.getByRole('button', { name: 'Also mark the 3 earlier episodes watched' }),
    ).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Dismiss offer for S1E5' }));
    expect(checkbox('S1E5')).toHaveFocus();
    expect(screen.queryByText(/^S1E5 marked watched/)).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Also mark the 3 earlier episodes watched' }),
    ).not.toBeInTheDocument();
    expectChecked(['S1E2', 'S1E5'], true);
    expectChecked(['S1E1', 'S1E3', 'S1E4'], false);
    // The other row's offer is its own.
    expect(screen.getByRole('button', { name: 'Also mark S1E1 watched' })).toBeVisible();
  });

  it('offers nothing when the earlier ones are watched, and withdraws an offer that no longer applies', async () => {
    const { user } = await startTestApp('/shows/ballard');
    await showPageLoaded();

    await user.click(checkbox('S1E1'));
    expect(anyOffer()).not.toBeInTheDocument();

    await user.click(checkbox('S1E4'));
    expect(screen.getByRole('button', { name: 'Also mark S1E2–S1E3 watched' })).toBeVisible();
    await user.click(checkbox('S1E4'));
    expect(anyOffer()).not.toBeInTheDocument();
    await user.click(checkbox('S1E4'));
    expect(screen.getByRole('button', { name: 'Also mark S1E2–S1E3 watched' })).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Mark Season 1 watched' }));
    expect(anyOffer()).not.toBeInTheDocument();
    expect(screen.queryByText(/are not marked yet/)).not.toBeInTheDocument();
    await user.click(checkbox('S1E10'));
    await user.click(checkbox('S1E10'));
    expect(anyOffer()).not.toBeInTheDocument();
  });

  it('offers the same from the episode page, where the earlier episodes are not in view', async () => {
    const { user } = await startTestApp('/shows/ballard/episodes/S1E10');
    await screen.findByRole('heading', { level: 1, name: 'S1E10 Episode 10' });

    await user.click(checkbox('S1E10'));
    expect(screen.getByText('S1E10 marked watched. S1E1–S1E9 are not marked yet.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Also mark S1E1–S1E9 watched' }));
    expect(screen.getByText('S1E1–S1E9 marked watched.')).toBeVisible();

    await user.click(screen.getByRole('link', { name: 'Ballard' }));
    await showPageLoaded();
    await waitFor(() =>
      expect(screen.getByRole('progressbar', { name: 'Season 1: 10 of 10 watched' })).toBeVisible(),
    );
  });
});

import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';

export const BALLARD_CODES = Array.from({ length: 10 }, (_, index) => `S1E${index + 1}`);

export const checkbox = (code: string) =>
  screen.getByRole<HTMLInputElement>('checkbox', { name: `Watched ${code}` });

/** Ballard's episodes whose box is checked on the show page, in order. */
export const watchedCodes = () => BALLARD_CODES.filter((code) => checkbox(code).checked);

export async function showPageLoaded() {
  await screen.findByRole('heading', { level: 1, name: 'Ballard' });
  await waitFor(() => expect(document.title).toBe('Ballard · Previously'));
  // News comes from the lazily loaded entries: once it shows, everything has loaded.
  await screen.findByRole('heading', { name: 'No word yet on a second season' });
}

/** "Through here" as a user does it: check the episode, then accept the offer to mark the earlier ones. */
export async function markWatchedThrough(user: UserEvent, code: string) {
  await user.click(checkbox(code));
  await user.click(screen.getByRole('button', { name: /^Also mark .+ watched$/ }));
}

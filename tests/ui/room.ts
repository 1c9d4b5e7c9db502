import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { useProfilesStore } from '../../src/stores/profiles-store';

export const profileNamed = (name: string) =>
  useProfilesStore.getState().profiles.find((profile) => profile.name === name);

/** Chooses who is present and waits for the banner that names them. */
export async function watchTogether(user: UserEvent, names: readonly string[]) {
  // The chooser loads once there are two profiles.
  await user.click(await screen.findByRole('button', { name: 'Watching together' }));
  const who = screen.getByRole('group', { name: 'Who is watching?' });
  for (const name of names) await user.click(within(who).getByRole('checkbox', { name }));
  await user.click(screen.getByRole('button', { name: 'Watch together' }));
  await screen.findByRole('region', { name: 'Watching together' });
}

import type { Browser } from 'playwright-core';
import { expect } from 'vitest';
import { openSession, type Session } from './browser-session';

/** One device: its own browser profile, on the library, with the service worker controlling it. */
export async function openDevice(
  browser: Browser,
  appUrl: string,
  serverUrl: string,
): Promise<Session> {
  const session = await openSession(browser);
  // PouchDB asks for the server's checkpoints before the first sync; a 404 is its normal answer.
  session.watch.expectedFailedLoads.push(serverUrl);
  await session.page.goto(appUrl);
  await session.page.getByRole('link', { name: 'Next: S1E1' }).waitFor();
  await expect
    .poll(() => session.page.evaluate(() => navigator.serviceWorker.controller !== null), {
      message: 'a service worker controls the page',
    })
    .toBe(true);
  return session;
}

export const syncSection = ({ page }: Session) => page.getByRole('region', { name: 'Sync' });

/** Settings → Sync: the address, then Turn on sync, then the Reload the page asks for. */
export async function syncTurnedOn(
  session: Session,
  address: string,
  credentials: { user: string; password: string } | null = null,
): Promise<void> {
  const { page } = session;
  await page.getByRole('link', { name: 'Settings' }).click();
  const section = syncSection(session);
  await section.getByRole('textbox', { name: 'Sync server' }).fill(address);
  if (credentials) {
    await section.getByRole('textbox', { name: 'User name' }).fill(credentials.user);
    await section.getByLabel('Password').fill(credentials.password);
  }
  await section.getByRole('button', { name: 'Turn on sync' }).click();
  await section.getByText(/^Reload Previously to connect to this server/).waitFor();
  await section.getByRole('button', { name: 'Reload' }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
}

/** Waits until the Sync section's status reads as given. */
export async function untilSyncStatus(session: Session, status: RegExp): Promise<void> {
  await expect
    .poll(() => syncSection(session).getByRole('status').textContent(), {
      message: `sync status ${String(status)}`,
    })
    .toMatch(status);
}

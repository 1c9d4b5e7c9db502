import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { ballardCovered } from './support/ballard';
import type { Session } from './support/browser-session';
import { launchChromium } from './support/chromium';
import { expectSoundPage, watchedCheckbox } from './support/page-checks';
import { untilStoredWatched } from './support/site-data';
import { openDevice, syncSection, syncTurnedOn, untilSyncStatus } from './support/sync-devices';
import { startSyncServer } from './support/sync-server';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser.close());

const NOTE_TITLE = 'Who left the door open';

const notesOf = (page: Page) => page.getByRole('region', { name: 'Your notes' });

async function openS1E1(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Library' }).click();
  await page.getByRole('link', { name: 'Ballard', exact: true }).click();
  await page.getByRole('link', { name: /^S1E1\b/ }).click();
  await page.getByRole('heading', { level: 1, name: /^S1E1\b/ }).waitFor();
}

async function noteEdited(page: Page, body: string): Promise<void> {
  await notesOf(page).getByRole('button', { name: /^Edit/ }).click();
  const form = page.getByRole('form', { name: /^Edit/ });
  await form.getByRole('textbox', { name: 'Note' }).fill(body);
  await form.getByRole('button', { name: 'Save changes' }).click();
  await notesOf(page).getByText(body).waitFor();
}

async function syncNow(device: Session): Promise<void> {
  await device.page.getByRole('link', { name: 'Settings' }).click();
  await syncSection(device).getByRole('button', { name: 'Sync now' }).click();
  await untilSyncStatus(device, /^Synced just now\.$/);
}

test('a note edited on two devices while the server was away keeps both versions until the person chooses one, on both', async () => {
  const server = await startSyncServer();
  const appUrl = inject('appUrl');
  const laptop = await openDevice(browser, appUrl, server.url);
  const phone = await openDevice(browser, appUrl, server.url);
  for (const device of [laptop, phone]) {
    await syncTurnedOn(device, `${server.url}/ana`);
    await untilSyncStatus(device, /^Synced just now\.$/);
  }
  await laptop.page.getByRole('link', { name: 'Library' }).click();
  await laptop.page.getByRole('link', { name: 'Ballard', exact: true }).click();
  await watchedCheckbox(laptop.page, 'S1E1').check();
  await untilStoredWatched(laptop.page, 'ballard', ['S1E1']);
  await openS1E1(laptop.page);
  const form = laptop.page.getByRole('form', { name: 'Add a note' });
  await form.getByRole('textbox', { name: 'Title' }).fill(NOTE_TITLE);
  await form.getByRole('textbox', { name: 'Note' }).fill('Written before the trip.');
  await form.getByRole('button', { name: 'Save note' }).click();
  await openS1E1(phone.page);
  await notesOf(phone.page).getByText('Written before the trip.').waitFor();

  await server.stop();
  await noteEdited(laptop.page, 'The laptop says the neighbour.');
  await noteEdited(phone.page, 'The phone says the landlord.');
  await server.restart();
  await syncNow(laptop);
  await syncNow(phone);
  await syncSection(laptop)
    .getByText(/^1 note was changed on two devices\./)
    .waitFor();

  await openS1E1(laptop.page);
  const choice = notesOf(laptop.page).getByRole('group', {
    name: 'Changed on two devices. Choose the version to keep.',
  });
  await choice.getByText('The laptop says the neighbour.').waitFor();
  await choice.getByText('The phone says the landlord.').waitFor();
  await expectSoundPage(laptop, ballardCovered(['S1E1']), 'the S1E1 page with two versions');
  const versions = await choice.getByRole('listitem').allTextContents();
  const phoneVersion = versions.findIndex((text) => text.includes('The phone says the landlord.'));
  await choice.getByRole('button', { name: `Keep version ${phoneVersion + 1}` }).click();
  await choice.waitFor({ state: 'detached' });

  await openS1E1(phone.page);
  for (const device of [laptop, phone]) {
    await expect.poll(() => notesOf(device.page).getByRole('group').count()).toBe(0);
    await notesOf(device.page).getByText('The phone says the landlord.').waitFor();
    await expect
      .poll(() => notesOf(device.page).getByText('The laptop says the neighbour.').count())
      .toBe(0);
  }
  await Promise.all([laptop.context.close(), phone.context.close()]);
  await server.dispose();
});

test('a server that refuses the password says so, asks for it again, and syncs once the right one is given', async () => {
  const server = await startSyncServer({ user: 'ana', password: 'right horse battery' });
  const appUrl = inject('appUrl');
  const device = await openDevice(browser, appUrl, server.url);
  await syncTurnedOn(device, `${server.url}/ana`, { user: 'ana', password: 'wrong' });
  await untilSyncStatus(device, /^Server refused the password\./);
  await expectSoundPage(device, ballardCovered([]), 'the refused password');

  const signIn = syncSection(device).getByRole('form', { name: 'Sign in to the sync server' });
  expect(await signIn.getByRole('textbox', { name: 'User name' }).inputValue()).toBe('ana');
  await signIn.getByLabel('Password').fill('right horse battery');
  await signIn.getByRole('button', { name: 'Try again' }).click();
  await untilSyncStatus(device, /^Synced just now\.$/);
  await device.context.close();
  await server.dispose();
});

test('records a newer version of Previously wrote on the server are left as they are, and said so', async () => {
  const server = await startSyncServer();
  const fromTheFuture = {
    kind: 'mark',
    schema: 2,
    showId: 'ballard',
    episode: { code: 'S1E4', watchedOn: ['tv'] },
  };
  await fetch(`${server.url}/ana`, { method: 'PUT' });
  await fetch(`${server.url}/ana/mark:ballard:S1E4`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fromTheFuture),
  });
  const device = await openDevice(browser, inject('appUrl'), server.url);
  await syncTurnedOn(device, `${server.url}/ana`);
  await untilSyncStatus(device, /^Synced just now\.$/);
  await syncSection(device)
    .getByText(/^The server holds records from a newer version of Previously\./)
    .waitFor();
  await expectSoundPage(device, ballardCovered([]), 'settings, with newer records on the server');
  const stored = (await (await fetch(`${server.url}/ana/mark:ballard:S1E4`)).json()) as object;
  expect(stored).toMatchObject(fromTheFuture);
  await device.context.close();
  await server.dispose();
});

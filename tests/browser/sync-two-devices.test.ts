import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { ballardCovered } from './support/ballard';
import { launchChromium } from './support/chromium';
import { expectSoundPage, watchedCheckbox } from './support/page-checks';
import { untilStoredWatched } from './support/site-data';
import { openDevice, syncSection, syncTurnedOn, untilSyncStatus } from './support/sync-devices';
import { startSyncServer, type SyncServer } from './support/sync-server';

let browser: Browser;
let server: SyncServer;
beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startSyncServer()]);
});
afterAll(async () => {
  await Promise.all([browser.close(), server.dispose()]);
});

const checkedOn = (session: { page: Parameters<typeof watchedCheckbox>[0] }, code: string) =>
  watchedCheckbox(session.page, code).isChecked();

test('two devices share marks live, merge marks made while the server was down, and a forgotten server leaves everything on the device', async () => {
  const appUrl = inject('appUrl');
  const address = `${server.url}/ana`;
  const laptop = await openDevice(browser, appUrl, server.url);
  const phone = await openDevice(browser, appUrl, server.url);
  for (const device of [laptop, phone]) {
    await syncTurnedOn(device, address);
    await untilSyncStatus(device, /^Synced just now\.$/);
    await device.page.getByRole('link', { name: 'Library' }).click();
    await device.page.getByRole('link', { name: 'Ballard', exact: true }).click();
  }

  await watchedCheckbox(laptop.page, 'S1E1').check();
  await expect.poll(() => checkedOn(phone, 'S1E1'), { message: 'the phone has S1E1' }).toBe(true);
  await expectSoundPage(phone, ballardCovered(['S1E1']), 'the phone, after the laptop marked S1E1');

  await server.stop();
  await watchedCheckbox(laptop.page, 'S1E2').check();
  await watchedCheckbox(phone.page, 'S1E3').check();
  await untilStoredWatched(laptop.page, 'ballard', ['S1E1', 'S1E2']);
  await untilStoredWatched(phone.page, 'ballard', ['S1E1', 'S1E3']);
  await laptop.page.getByRole('link', { name: 'Settings' }).click();
  await untilSyncStatus(laptop, /^Cannot reach the server; trying again — 1 change waiting\./);

  await server.restart();
  // The phone waits out its back-off; on the laptop the person asks.
  await syncSection(laptop).getByRole('button', { name: 'Sync now' }).click();
  await untilSyncStatus(laptop, /^Synced just now\.$/);
  await untilStoredWatched(laptop.page, 'ballard', ['S1E1', 'S1E2', 'S1E3']);
  await expect.poll(() => checkedOn(phone, 'S1E2'), { message: 'the phone has S1E2' }).toBe(true);
  await expect(checkedOn(phone, 'S1E3')).resolves.toBe(true);
  const all = ['S1E1', 'S1E2', 'S1E3'];
  await expectSoundPage(phone, ballardCovered(all), 'the phone, after the server came back');

  await syncSection(laptop).getByRole('button', { name: 'Forget this server' }).click();
  await laptop.page
    .getByText('Sync is off for this profile. Everything stays on this device.')
    .waitFor();
  await syncSection(laptop).getByRole('button', { name: 'Turn on sync' }).waitFor();
  await laptop.page.reload();
  await laptop.page.getByRole('link', { name: 'Library' }).click();
  await laptop.page.getByRole('link', { name: 'Ballard', exact: true }).click();
  for (const code of all) await expect.poll(() => checkedOn(laptop, code)).toBe(true);
  await expectSoundPage(laptop, ballardCovered(all), 'the laptop, its server forgotten');
  await Promise.all([laptop.context.close(), phone.context.close()]);
});

test('of two tabs on one device, one syncs the profile, and a mark made in the other reaches the server through it', async () => {
  const appUrl = inject('appUrl');
  const device = await openDevice(browser, appUrl, server.url);
  await syncTurnedOn(device, `${server.url}/tabs`);
  await untilSyncStatus(device, /^Synced just now\.$/);
  const otherTab = await device.context.newPage();
  await otherTab.goto(`${appUrl}settings`);
  await syncSection({ ...device, page: otherTab })
    .getByText(/^Another Previously tab syncs this profile/)
    .waitFor();
  expect(
    await syncSection({ ...device, page: otherTab })
      .getByRole('button')
      .count(),
  ).toBe(0);

  await otherTab.getByRole('link', { name: 'Library' }).click();
  await otherTab.getByRole('link', { name: 'Ballard', exact: true }).click();
  await watchedCheckbox(otherTab, 'S1E4').check();
  await expect
    .poll(async () => {
      const answer = await fetch(`${server.url}/tabs/mark:ballard:S1E4`);
      return answer.ok ? ((await answer.json()) as { on?: boolean }).on : answer.status;
    })
    .toBe(true);
  await device.context.close();
});

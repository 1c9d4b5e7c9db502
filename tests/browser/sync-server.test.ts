import { describe, expect, test } from 'vitest';
import { startSyncServer, type SyncServer } from './support/sync-server';

/** Where the app runs in development (vite) and in preview. */
const APP_ORIGINS = ['http://localhost:5173', 'http://127.0.0.1:4173'];

function basic(user: string, password: string): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}` };
}

function listed(header: string | null): string[] {
  return (header ?? '').split(',').map((item) => item.trim().toLowerCase());
}

/** The browser's preflight carries no credentials; the answer must let the app send them. */
async function expectPreflightAdmits(server: SyncServer, origin: string): Promise<void> {
  for (const method of ['PUT', 'POST', 'DELETE']) {
    const answer = await fetch(`${server.url}/marks`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': method,
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(answer.ok, `${origin} ${method}`).toBe(true);
    expect(answer.headers.get('access-control-allow-origin'), method).toBe(origin);
    expect(answer.headers.get('access-control-allow-credentials'), method).toBe('true');
    expect(listed(answer.headers.get('access-control-allow-methods')), method).toContain(
      method.toLowerCase(),
    );
    expect(listed(answer.headers.get('access-control-allow-headers')), method).toEqual(
      expect.arrayContaining(['authorization', 'content-type']),
    );
  }
}

describe('the development sync server', () => {
  test('answers app origins, and keeps its databases when it goes away and comes back', async () => {
    const server = await startSyncServer();
    try {
      expect((await fetch(`${server.url}/marks`, { method: 'PUT' })).status).toBe(201);
      const written = await fetch(`${server.url}/marks/ballard-S1E1`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ watched: true }),
      });
      expect(written.status).toBe(201);
      for (const origin of APP_ORIGINS) await expectPreflightAdmits(server, origin);

      await server.stop();
      await expect(fetch(`${server.url}/marks`)).rejects.toThrow();
      await server.restart();

      const read = await fetch(`${server.url}/marks/ballard-S1E1`);
      expect(read.status).toBe(200);
      expect(await read.json()).toMatchObject({ _id: 'ballard-S1E1', watched: true });
    } finally {
      await server.dispose();
    }
  });

  test('with a user set, refuses a wrong password and serves the right one', async () => {
    const server = await startSyncServer({ user: 'sync-tester', password: 'right horse' });
    const origin = APP_ORIGINS[0]!;
    try {
      const anonymous = await fetch(`${server.url}/`, { headers: { origin } });
      expect(anonymous.status).toBe(401);
      const wrong = await fetch(`${server.url}/`, {
        headers: { origin, ...basic('sync-tester', 'wrong horse') },
      });
      expect(wrong.status).toBe(401);
      // The app can read the refusal, so it can say the password is wrong.
      expect(wrong.headers.get('access-control-allow-origin')).toBe(origin);

      const created = await fetch(`${server.url}/marks`, {
        method: 'PUT',
        headers: { origin, ...basic('sync-tester', 'right horse') },
      });
      expect(created.status).toBe(201);
      await expectPreflightAdmits(server, origin);
    } finally {
      await server.dispose();
    }
  });
});

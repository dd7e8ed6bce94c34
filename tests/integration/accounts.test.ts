import { CSRF_HEADER } from '@minutes/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn, TEST_PASSWORD } from '../support/people.js';
import { startServer, type TestServer } from '../support/startServer.js';

let server: TestServer;

beforeEach(async () => {
  server = await startServer({ storage: 'sqlite' });
});

afterEach(async () => {
  await server.stop();
});

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('accounts and sessions', () => {
  it('makes the first account the admin and later ones not', async () => {
    expect(server.owner.admin).toBe(true);
    const lina = await server.signUp('Lina Berg');
    expect(lina.admin).toBe(false);
    const session = await fetch(`${server.url}/api/session`, { headers: { cookie: lina.cookie } });
    expect(await session.json()).toMatchObject({ account: { name: 'Lina Berg', admin: false } });
  });

  it('keeps the session in an httpOnly cookie and stores the password only as a memory-hard hash', async () => {
    const response = await post('/api/accounts', {
      name: 'Osman',
      email: 'osman@example.org',
      password: TEST_PASSWORD,
    });
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('minutes_session=')) ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const row = server.db
      .prepare("SELECT password_hash AS hash FROM accounts WHERE email = 'osman@example.org'")
      .get() as {
      hash: string;
    };
    expect(row.hash).toMatch(/^scrypt\$8192\$8\$10\$/);
    expect(row.hash).not.toContain(TEST_PASSWORD);
    const sessions = server.db.prepare('SELECT token_hash AS hash FROM sessions').all() as Array<{
      hash: string;
    }>;
    const value = cookie.split(';')[0]?.split('=')[1] as string;
    expect(sessions.some((session) => session.hash === value)).toBe(false);
    expect(sessions).toHaveLength(2);
  });

  it('refuses bad sign-ups and wrong passwords with clear errors', async () => {
    const cases: Array<[unknown, number, RegExp]> = [
      [{ name: 'A', email: 'not-an-email', password: TEST_PASSWORD }, 400, /e-mail/],
      [{ name: '', email: 'a@example.org', password: TEST_PASSWORD }, 400, /name must not be empty/],
      [{ name: 'A', email: 'a@example.org', password: 'short' }, 400, /at least 10/],
      [{ name: 'A', email: 'a@example.org', password: TEST_PASSWORD, admin: true }, 400, /admin/],
      [{ name: 'Again', email: 'OWNER@example.org', password: TEST_PASSWORD }, 409, /exists/],
    ];
    for (const [body, status, message] of cases) {
      const response = await post('/api/accounts', body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message);
    }
    const wrong = await post('/api/session', { email: 'owner@example.org', password: 'wrong password!' });
    expect(wrong.status).toBe(401);
    const unknown = await post('/api/session', { email: 'nobody@example.org', password: TEST_PASSWORD });
    expect(unknown.status).toBe(401);
    const accounts = (await (await server.owner.fetch('/api/accounts')).json()) as { accounts: unknown[] };
    expect(accounts.accounts).toHaveLength(1);
  });

  it('refuses sign-ins for an address after ten wrong passwords, even the right one', async () => {
    for (let i = 0; i < 10; i++) {
      expect(
        (await post('/api/session', { email: 'owner@example.org', password: `guess number ${i}` })).status,
      ).toBe(401);
    }
    const right = await post('/api/session', { email: 'owner@example.org', password: TEST_PASSWORD });
    expect(right.status).toBe(429);
    expect(((await right.json()) as { error: { message: string } }).error.message).toMatch(/too many/);
    // The session already open goes on.
    expect((await server.owner.fetch('/api/meetings')).status).toBe(200);
  });

  it('refuses a write without the CSRF token and changes nothing', async () => {
    const withoutToken = await fetch(`${server.url}/api/meetings`, {
      method: 'POST',
      headers: { cookie: server.owner.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Smuggled', date: '2026-01-01' }),
    });
    expect(withoutToken.status).toBe(403);
    const wrongToken = await fetch(`${server.url}/api/meetings`, {
      method: 'POST',
      headers: {
        cookie: server.owner.cookie,
        'content-type': 'application/json',
        [CSRF_HEADER]: 'x'.repeat(43),
      },
      body: JSON.stringify({ title: 'Smuggled', date: '2026-01-01' }),
    });
    expect(wrongToken.status).toBe(403);
    // A cross-site form cannot send JSON: a sign-in from one is refused.
    const form = await fetch(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=owner%40example.org&password=x',
    });
    expect(form.status).toBe(400);
    expect(await server.meetings.list()).toEqual([]);
  });

  it('signs out: the session no longer works, for the API or the WebSocket', async () => {
    const again = await signIn(server.url, 'owner@example.org');
    expect((await again.fetch('/api/meetings')).status).toBe(200);
    expect((await again.fetch('/api/session', { method: 'DELETE' })).status).toBe(204);
    expect((await again.fetch('/api/meetings')).status).toBe(401);
    const session = (await (await again.fetch('/api/session')).json()) as { account: unknown };
    expect(session.account).toBeNull();
    // The owner's other session is untouched.
    expect((await server.owner.fetch('/api/meetings')).status).toBe(200);
  });

  it('treats a forged session cookie as signed out', async () => {
    const forged = await fetch(`${server.url}/api/meetings`, {
      headers: { cookie: `minutes_session=${'A'.repeat(43)}` },
    });
    expect(forged.status).toBe(401);
    expect(forged.headers.getSetCookie().join()).toMatch(/minutes_session=;/);
  });
});

describe('invite links', () => {
  it('grant their role once, and not after they expired or were used', async () => {
    const meetingId = await server.createMeeting();
    const created = await server.owner.fetch(`/api/meetings/${meetingId}/invites`, {
      method: 'POST',
      json: { role: 'verifier', expiresInHours: 2 },
    });
    expect(created.status).toBe(201);
    const { path } = (await created.json()) as { path: string };
    const token = path.replace('/invite/', '');
    const lina = await server.signUp('Lina');
    expect((await lina.fetch(`/api/meetings/${meetingId}/state`)).status).toBe(404);
    const info = await lina.fetch(`/api/invites/${token}`);
    expect(await info.json()).toMatchObject({ role: 'verifier', scope: 'meeting', title: 'Styrgruppsmöte' });
    const accepted = await lina.fetch(`/api/invites/${token}/accept`, { method: 'POST', json: {} });
    expect(await accepted.json()).toEqual({ role: 'verifier', meetingId });
    const state = (await (await lina.fetch(`/api/meetings/${meetingId}/state`)).json()) as { role: string };
    expect(state.role).toBe('verifier');

    const osman = await server.signUp('Osman');
    const reused = await osman.fetch(`/api/invites/${token}/accept`, { method: 'POST', json: {} });
    expect(reused.status).toBe(404);
    expect((await osman.fetch(`/api/meetings/${meetingId}/state`)).status).toBe(404);

    const badExpiry = await server.owner.fetch(`/api/meetings/${meetingId}/invites`, {
      method: 'POST',
      json: { role: 'reader', expiresInHours: 0 },
    });
    expect(badExpiry.status).toBe(400);
    const forged = await osman.fetch(`/api/invites/${'x'.repeat(43)}/accept`, { method: 'POST', json: {} });
    expect(forged.status).toBe(404);

    const stale = await server.owner.fetch(`/api/meetings/${meetingId}/invites`, {
      method: 'POST',
      json: { role: 'participant', expiresInHours: 1 },
    });
    const staleToken = ((await stale.json()) as { path: string }).path.replace('/invite/', '');
    server.db
      .prepare("UPDATE invites SET expires_at = '2000-01-01T00:00:00.000Z' WHERE used_at IS NULL")
      .run();
    const expired = await osman.fetch(`/api/invites/${staleToken}/accept`, { method: 'POST', json: {} });
    expect(expired.status).toBe(404);
    expect((await osman.fetch(`/api/meetings/${meetingId}/state`)).status).toBe(404);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../support/startServer.js';

let server: TestServer;

beforeEach(async () => {
  server = await startServer({ storage: 'sqlite' });
});

afterEach(async () => {
  await server.stop();
});

function post(path: string, body: string, contentType = 'application/json'): Promise<Response> {
  return server.owner.fetch(path, { method: 'POST', headers: { 'content-type': contentType }, body });
}

describe('meetings API', () => {
  it('creates, lists newest first and gets a meeting', async () => {
    const older = await post('/api/meetings', JSON.stringify({ title: 'Styrgrupp', date: '2025-04-29' }));
    const newer = await post(
      '/api/meetings',
      JSON.stringify({ title: '  Planeringsdag  ', date: '2025-06-10' }),
    );
    expect(older.status).toBe(201);
    const created = (await newer.json()) as { id: string; title: string; date: string };
    expect(created).toMatchObject({ title: 'Planeringsdag', date: '2025-06-10' });
    expect(created.id).toMatch(/^[A-Za-z0-9_-]{22}$/);

    const list = (await (await server.owner.fetch(`/api/meetings`)).json()) as {
      meetings: Array<{ title: string }>;
    };
    expect(list.meetings.map((m) => m.title)).toEqual(['Planeringsdag', 'Styrgrupp']);

    const one = await server.owner.fetch(`/api/meetings/${created.id}`);
    expect(one.status).toBe(200);
    expect(await one.json()).toEqual({ ...created, role: 'secretary', status: 'draft' });
  });

  const badBodies: Array<[string, string, string, RegExp]> = [
    ['no title', JSON.stringify({ date: '2026-01-01' }), 'application/json', /title/],
    [
      'an empty title',
      JSON.stringify({ title: '   ', date: '2026-01-01' }),
      'application/json',
      /title must not be empty/,
    ],
    [
      'a title that is too long',
      JSON.stringify({ title: 'x'.repeat(201), date: '2026-01-01' }),
      'application/json',
      /at most 200/,
    ],
    [
      'an impossible date',
      JSON.stringify({ title: 'Möte', date: '2026-02-30' }),
      'application/json',
      /YYYY-MM-DD/,
    ],
    [
      'a date in another format',
      JSON.stringify({ title: 'Möte', date: '24 februari 2026' }),
      'application/json',
      /YYYY-MM-DD/,
    ],
    [
      'an unknown field',
      JSON.stringify({ title: 'Möte', date: '2026-01-01', admin: true }),
      'application/json',
      /admin/i,
    ],
    ['an array', JSON.stringify([1, 2]), 'application/json', /object/i],
    ['invalid JSON', '{"title": ', 'application/json', /not valid JSON/],
  ];

  it.each(badBodies)(
    'refuses %s with a clear error and creates nothing',
    async (_name, body, type, message) => {
      const response = await post('/api/meetings', body, type);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('bad_request');
      expect(error.message).toMatch(message);
      expect(await server.meetings.list()).toEqual([]);
    },
  );

  it('refuses a body that is too large', async () => {
    const response = await post(
      '/api/meetings',
      JSON.stringify({ title: 'x'.repeat(100_000), date: '2026-01-01' }),
    );
    expect(response.status).toBe(413);
    expect(await server.meetings.list()).toEqual([]);
  });

  it('answers 404 for an unknown meeting and an unknown route', async () => {
    const missing = await server.owner.fetch(`/api/meetings/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('not_found');
    const malformed = await server.owner.fetch(
      `/api/meetings/${encodeURIComponent("'; DROP TABLE meetings;--")}`,
    );
    expect(malformed.status).toBe(404);
    expect((await server.owner.fetch(`/api/nothing`)).status).toBe(404);
  });
});
